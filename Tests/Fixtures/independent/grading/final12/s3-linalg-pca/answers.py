#!/usr/bin/env python3
"""Computes every numeric key value for s3-linalg-pca."""
import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])
print("3.1a", round(np.linalg.det(A), 10))
print("3.1b", sorted(np.round(np.linalg.eigvals(A).real, 10).tolist()))
print("3.1c", np.round(np.linalg.inv(A), 10).tolist())

X = np.array([[2, 0], [0, 2], [4, 4], [2, 2]], float)
Xc = X - X.mean(axis=0)
S = Xc.T @ Xc / len(X)
evals, evecs = np.linalg.eigh(S)
u1 = evecs[:, -1]; u1 = u1 if u1.sum() > 0 else -u1
print("3.2a.i", S.tolist())
print("3.2a.ii", evals[-1] / evals.sum())
print("3.2b", u1 @ Xc[2], "(= 2*sqrt(2) =", 2 * np.sqrt(2), ")")
# 3.3: principal directions are right singular vectors
U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
v1 = Vt[0] if Vt[0].sum() > 0 else -Vt[0]
print("3.3 B  (first column of V =", v1.tolist(), "matches u1 =", u1.tolist(), ")")
