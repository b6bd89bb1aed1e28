#!/usr/bin/env python3
"""Computes every numeric key value of optim-article."""
from fractions import Fraction
import numpy as np

A = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([1.0, -1.0])
x0 = np.zeros(2)
g0 = A @ x0 - b
x1 = x0 - 0.1 * g0
xs = np.linalg.solve(A, b)
lam = np.linalg.eigvalsh(A)
eta_max = 2 / lam.max()
print("1a x1       =", x1)
print("1b x*       =", xs)
print("1c eta_max  =", eta_max, "(eigenvalues", lam, ")")

beta, eta, w, v = 0.9, 0.1, 1.0, 0.0
for g in (2.0, 1.0):
    v = beta * v + g
    w = w - eta * v
w2_momentum = w
print("2a.i w2     =", w2_momentum)

b1, b2, lr, g = 0.9, 0.999, 0.01, 2.0
m = (1 - b1) * g; s = (1 - b2) * g * g
mhat, shat = m / (1 - b1), s / (1 - b2)
w1_adam = 1.0 - lr * mhat / np.sqrt(shat)
print("2a.ii w1    =", w1_adam)

w, g, eta, lam_wd = 2.0, 0.5, 0.1, 0.01
w_wd = w - eta * (g + lam_wd * w)
print("2b w        =", w_wd)

x = Fraction(2)
d1 = 4 * x**3 - 6 * x
d2 = 12 * x**2 - 6
x1n = x - d1 / d2
print("3  x1       =", x1n, "=", float(x1n))

print("4  eta=0.6 < eta_max?", 0.6 < eta_max, "-> false")

# ---- compare with key.yaml -------------------------------------------------
import os, sys, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
computed = {"1a": x1, "1b": xs, "1c": eta_max, "2a.i": w2_momentum, "2a.ii": w1_adam, "2b": w_wd,
            "3": float(x1n)}
bad = 0
for pid, val in computed.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    ans = k["answer"]
    ref = float(Fraction(ans)) if isinstance(ans, str) else np.array(ans, dtype=float)
    ok = np.allclose(ref, val, atol=tol, rtol=0)
    bad += not ok
    print(f"  key {pid}: {ans} vs computed {np.round(val, 6)} -> {'OK' if ok else 'MISMATCH'}")
assert Fraction(key["3"]["answer"]) == x1n
assert key["4"]["text"] == ("true" if 0.6 < eta_max else "false")
sys.exit(1 if bad else 0)
