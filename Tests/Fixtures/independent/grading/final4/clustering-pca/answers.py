#!/usr/bin/env python3
"""Compute every numeric key value for clustering-pca."""
import numpy as np

P = {"A": (1, 2), "B": (2, 1), "C": (2, 3), "D": (6, 5), "E": (7, 7), "F": (8, 6), "G": (4, 4)}
X = np.array(list(P.values()), dtype=float)
mu = np.array([[2, 1], [7, 7]], dtype=float)
d = ((X[:, None, :] - mu[None, :, :]) ** 2).sum(-1)
assign = d.argmin(1)
print("1a", int((assign == 0).sum()))
new_mu = np.array([X[assign == k].mean(0) for k in range(2)])
print("1b", new_mu[0].tolist())
sse = sum(((X[assign == k] - new_mu[k]) ** 2).sum() for k in range(2))
print("1c", sse)

S = np.array([[5, 2], [2, 2]], dtype=float)
w, V = np.linalg.eigh(S)
lam, u = w[-1], V[:, -1]
if u[0] < 0:
    u = -u
print("2a", lam)
print("2b", round(lam / w.sum(), 3), lam / w.sum())
x = np.array([1, 3], dtype=float)
score = u @ x
print("2c", score, np.sqrt(5))
print("2d", (score * u).round(12).tolist())
print("3", "B")
