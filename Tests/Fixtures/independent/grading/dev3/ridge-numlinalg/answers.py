#!/usr/bin/env python3
"""Key values for Worksheet 3 (ridge-numlinalg)."""
import numpy as np

X = np.array([[1, 0], [0, 1], [1, 1]], dtype=float)
y = np.array([1, 2, 4], dtype=float)

w_ols = np.linalg.solve(X.T @ X, X.T @ y)
w_ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
d = np.linalg.eigvalsh(X.T @ X)
print("3.1a", w_ols, "= [4/3, 7/3]")
print("3.1b", w_ridge, "= [9/8, 13/8]")
print("3.1c", (d / (d + 1)).sum(), "eigenvalues", d)

A = np.array([[4, 1], [2, 3]], dtype=float)
ev = sorted(np.linalg.eigvals(A).real, reverse=True)
s = np.linalg.svd(A, compute_uv=False)
print("3.2a", ev)
print("3.2b", s[0] / s[-1], "(3+sqrt5)/2 =", (3 + 5 ** 0.5) / 2)
S = np.array([[2, 1], [1, 2]], dtype=float)   # sanity check of the claim in 3.2c
lam = np.linalg.eigvalsh(S)
print("3.2c", np.isclose(np.linalg.cond(S), lam[-1] / lam[0]))

a = np.array([1, 2, 2], dtype=float)
b = np.array([3, 0, 3], dtype=float)
p = (a @ b) / (a @ a) * a
print("3.3a", p)
print("3.3b", np.linalg.norm(b - p))
