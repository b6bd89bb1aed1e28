#!/usr/bin/env python3
"""Compute every key value for the linear-algebra set."""
import numpy as np
from fractions import Fraction as F
A = np.array([[4, 1], [2, 3]], float)
w, V = np.linalg.eig(A)
order = np.argsort(w)
print("4.1a", np.round(w[order], 10).tolist())
v = V[:, order[-1]]
print("4.1b", np.round(v / v[0], 10).tolist())
print("4.1c", round(np.linalg.det(np.linalg.matrix_power(A, 3)), 8))
x = np.array([0, 1, 2, 3], float); y = np.array([1, 3, 4, 4], float)
X = np.column_stack([np.ones(4), x])
print("4.2a", (X.T @ X).tolist())
c = np.linalg.solve(X.T @ X, X.T @ y)
print("4.2b", np.round(c, 10).tolist())
r = y - X @ c
print("4.2c", round(float(r @ r), 10))
u = [F(1), F(2), F(2)]; b = [F(1)] * 3
s = sum(p * q for p, q in zip(u, b)) / sum(p * p for p in u)
print("4.3a", [str(s * p) for p in u])
P = np.outer(u, u).astype(float) / 9
print("4.3b", "true" if abs(np.linalg.det(P)) > 1e-12 else "false", "(rank", np.linalg.matrix_rank(P), ")")
