#!/usr/bin/env python3
"""Computes every numeric key value of linalg-ex3 and checks key.yaml."""
import os, yaml
import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])
eig = sorted(np.linalg.eigvals(A).real)
det2A = np.linalg.det(2 * A)

a = np.array([1.0, 2.0, 2.0]); b = np.array([3.0, 0.0, 3.0])
p = (a @ b) / (a @ a) * a
dist = np.linalg.norm(b - p)

X = np.array([[2, 1], [-2, -1], [1, 2], [-1, -2]], dtype=float)
S = X.T @ X / len(X)
vals, vecs = np.linalg.eigh(S)
frac = vals[-1] / vals.sum()
pc1 = vecs[:, -1] * np.sign(vecs[0, -1])

Q = np.array([[3.0, 1.0], [1.0, 2.0]]); c = np.array([1.0, 1.0])
w = np.zeros(2)
for _ in range(2):
    w = w - 0.2 * (Q @ w - c)

print("3.1a", eig); print("3.1b", det2A); print("3.2a", p); print("3.2b", dist)
print("3.3a", frac); print("3.3b", pc1); print("3.4", w)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
def close(k, val):
    tol = key[k].get("tolerance", 1e-9)
    assert np.allclose(np.array(key[k]["answer"], dtype=float), val, atol=tol, rtol=0), (k, key[k], val)
close("3.1a", eig); close("3.1b", det2A); close("3.2a", p); close("3.2b", dist)
close("3.3a", frac); close("3.3b", pc1); close("3.4", w)
print("key agrees")
