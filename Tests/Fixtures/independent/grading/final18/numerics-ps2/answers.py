#!/usr/bin/env python3
"""Computes every key value for numerics-ps2."""
from fractions import Fraction as F
import numpy as np

f = lambda x: x * x - 2
df = lambda x: 2 * x
x0 = F(1)
x1 = x0 - f(x0) / df(x0)
x2 = x1 - f(x1) / df(x1)

a, b = F(1), F(2)
mids = []
for _ in range(3):
    m = (a + b) / 2
    mids.append(m)
    if f(a) * f(m) <= 0:
        b = m
    else:
        a = m

g = lambda x: x ** 4
h = F(1, 2)
simpson = h / 3 * (g(F(0)) + 4 * g(h) + g(F(1)))
trap = h / 2 * (g(F(0)) + 2 * g(h) + g(F(1)))

A = np.array([[2.0, 1.0], [4.0, 5.0]])
l21 = A[1, 0] / A[0, 0]
U = np.array([A[0], A[1] - l21 * A[0]])
kappa = np.linalg.norm(A, np.inf) * np.linalg.norm(np.linalg.inv(A), np.inf)
y = A @ np.array([1.0, 0.0])
x1p = y / y[np.argmax(np.abs(y))]

key = {
    "1a": x1, "1b": x2, "1c": mids[2],
    "2a": simpson, "2b": trap,
    "3a": U.tolist(), "3b": round(kappa, 10), "3c": x1p.tolist(),
}
for k, v in key.items():
    print(k, v, float(v) if isinstance(v, F) else "")
print("np.linalg.cond(A) (2-norm, a look-alike wrong answer):", np.linalg.cond(A))
