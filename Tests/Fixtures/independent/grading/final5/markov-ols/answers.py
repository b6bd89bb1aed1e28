#!/usr/bin/env python3
"""Computes every key value for the Markov chain / closed-form regression set."""
import numpy as np

P = np.array([[0.9, 0.1], [0.5, 0.5]])
print("3.1a P(X2=R|X0=S) =", (P @ P)[0, 1])
w, v = np.linalg.eig(P.T)
pi = np.real(v[:, np.argmin(abs(w - 1))]); pi /= pi.sum()
print("3.1b pi =", pi, "(5/6, 1/6)")
print("3.1c expected return time to R =", 1/pi[1])

x = np.array([0, 1, 2, 3.]); y = np.array([1, 3, 2, 6.])
X = np.column_stack([np.ones(4), x])
print("3.2a X^T X =", (X.T @ X).tolist())
b = np.linalg.solve(X.T @ X, X.T @ y)
print("3.2b beta =", b)
br = np.linalg.solve(X.T @ X + np.eye(2), X.T @ y)
print("3.2c ridge =", np.round(br, 3), br, "= (30/39, 53/39)")
print("3.2d RSS =", ((y - X @ b)**2).sum())

# --- agreement with key.yaml
import os, yaml
from fractions import Fraction
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
def num(v):
    return float(Fraction(v)) if isinstance(v, str) else float(v)
checks = {"3.1a": (P @ P)[0, 1], "3.1b": pi, "3.1c": 1/pi[1], "3.2a": X.T @ X, "3.2b": b,
          "3.2c": br, "3.2d": ((y - X @ b)**2).sum()}
for pid, val in checks.items():
    want = np.vectorize(num)(np.array(key[pid]["answer"], dtype=object)).astype(float)
    tol = key[pid].get("tolerance", 1e-9)
    assert np.all(abs(np.array(val) - want) <= tol + 1e-9), (pid, val, want)
print("key agrees")
