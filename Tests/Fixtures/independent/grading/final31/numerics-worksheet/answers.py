#!/usr/bin/env python3
"""Answer key computations for numerics-worksheet (Worksheet 7)."""
import numpy as np

f = lambda x: x**3 - 2*x - 5
df = lambda x: 3*x**2 - 2
x0 = 2.0
x1 = x0 - f(x0) / df(x0)
x2 = x1 - f(x1) / df(x1)
print("7.1a x1            =", round(x1, 10))
print("7.1b x2            =", round(x2, 8), "-> 5dp", round(x2, 5))

A = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([1.0, -1.0])
eta = 0.2
w = np.zeros(2)
ws = []
for _ in range(2):
    w = w - eta * (A @ w - b)
    ws.append(w.copy())
print("7.2a w1            =", ws[0].round(10).tolist())
print("7.2b w2            =", ws[1].round(10).tolist())
print("7.2c w*            =", np.linalg.solve(A, b).round(10).tolist())
lam = np.linalg.eigvalsh(A)
print("   eigenvalues     =", lam.round(6).tolist())
print("7.2d eta_max=2/lmax=", round(2 / lam.max(), 6), "= 4/(5+sqrt5) =", round(4 / (5 + np.sqrt(5)), 6))
print("   1/lmax (wrong)  =", round(1 / lam.max(), 6), " 2/lmin (wrong) =", round(2 / lam.min(), 6))

g = lambda t: np.exp(-t**2)
xs = np.linspace(0, 1, 5)
hstep = 0.25
T = hstep * (g(xs[0]) / 2 + g(xs[1:-1]).sum() + g(xs[-1]) / 2)
print("7.3 trapezoid n=4  =", round(T, 6), "-> 4dp", round(T, 4))
from math import erf, pi, sqrt
print("   exact (wrong)   =", round(sqrt(pi) / 2 * erf(1), 6))

# 7.4 Hessian of f(x,y) = x^2 y + y^3 at (1, 2)
xv, yv = 1.0, 2.0
H = np.array([[2 * yv, 2 * xv], [2 * xv, 6 * yv]])
# finite-difference check
F = lambda p: p[0]**2 * p[1] + p[1]**3
e = 1e-4
Hn = np.zeros((2, 2))
p = np.array([xv, yv])
for i in range(2):
    for j in range(2):
        ei = np.eye(2)[i] * e
        ej = np.eye(2)[j] * e
        Hn[i, j] = (F(p + ei + ej) - F(p + ei - ej) - F(p - ei + ej) + F(p - ei - ej)) / (4 * e * e)
assert np.allclose(H, Hn, atol=1e-4)
print("7.4 Hessian        =", H.astype(int).tolist())

# ---- check the key agrees -------------------------------------------------
computed = {"7.1a": x1, "7.1b": x2, "7.2a": ws[0].tolist(), "7.2b": ws[1].tolist(),
            "7.2c": np.linalg.solve(A, b).tolist(), "7.2d": 2 / lam.max(), "7.3": T,
            "7.4": H.tolist()}
import os
from fractions import Fraction
import yaml

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")) as fh:
    key = yaml.safe_load(fh)["parts"]
for pid, val in computed.items():
    entry = key[pid]
    kv = entry["answer"]
    if isinstance(kv, str):
        kv = float(Fraction(kv))
    tol = entry.get("tolerance", 1e-9)
    got = np.array(val, dtype=float)
    want = np.array(kv, dtype=float)
    assert got.shape == want.shape, (pid, got, want)
    assert np.all(np.abs(got - want) <= tol + 1e-12), (pid, got.tolist(), want.tolist(), tol)
print("key.yaml agrees with computed values for:", ", ".join(computed))
