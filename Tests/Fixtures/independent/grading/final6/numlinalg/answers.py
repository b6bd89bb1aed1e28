#!/usr/bin/env python3
"""Computes every key value of numlinalg and checks it against key.yaml."""
import os, numpy as np, yaml

A = np.array([[4., 1.], [2., 3.]])
Ainv = np.linalg.inv(A)
kinf = np.abs(A).sum(1).max() * np.abs(Ainv).sum(1).max()

B = np.array([[2., 1, 1], [4, 3, 3], [8, 7, 9]])
b = np.array([3., 7, 19])
# Doolittle LU without pivoting
n = 3; L = np.eye(n); U = B.copy()
for k in range(n):
    for i in range(k + 1, n):
        L[i, k] = U[i, k] / U[k, k]
        U[i] -= L[i, k] * U[k]
assert np.allclose(L @ U, B)
x = np.linalg.solve(B, b)

t = np.array([0., 1, 2, 3]); y = np.array([1., 2, 2, 5])
X = np.column_stack([np.ones(4), t])
c = np.linalg.lstsq(X, y, rcond=None)[0]
rnorm = np.linalg.norm(y - X @ c)

M = np.array([[3., -1], [4, 7]])
q1 = M[:, 0] / np.linalg.norm(M[:, 0]); r12 = q1 @ M[:, 1]
w = M[:, 1] - r12 * q1
R = np.array([[np.linalg.norm(M[:, 0]), r12], [0, np.linalg.norm(w)]])

vals = {"1a": Ainv, "1b": kinf, "2a": L, "2b": x, "3a": c, "3b": round(rnorm, 3), "4": R}
for k, v in vals.items():
    print(k, np.round(v, 6).tolist() if isinstance(v, np.ndarray) else v)
print("3b unrounded", rnorm, " 3c: B (kappa(X^T X) = kappa(X)^2)")

key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
for k, v in vals.items():
    assert np.allclose(np.array(key[k]["answer"], float), v, atol=1e-9), k
assert key["3c"]["choice"] == "B"
print("key agrees")
