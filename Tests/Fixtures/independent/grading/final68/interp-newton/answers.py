#!/usr/bin/env python3
"""Computes every key value of interp-newton/key.yaml and prints `id: value` lines."""
from fractions import Fraction as F
import numpy as np

xs = [0, 1, 2, 4]
fs = [1, 3, 2, 6]

# 1a/1b: divided differences (exact)
col = [F(v) for v in fs]
coef = [col[0]]
for j in range(1, 4):
    col = [(col[i + 1] - col[i]) / (xs[i + j] - xs[i]) for i in range(len(col) - 1)]
    coef.append(col[0])

def newton(x):
    total, prod = F(0), F(1)
    for i, a in enumerate(coef):
        total += a * prod
        prod *= (x - xs[i])
    return total

def lagrange(j, x):
    v = F(1)
    for i, xi in enumerate(xs):
        if i != j:
            v *= F(x - xi, xs[j] - xi)
    return v

# cross-check with numpy polyfit
c = np.polyfit(xs, fs, 3)
assert abs(np.polyval(c, 3) - float(newton(3))) < 1e-9
assert sum(fs[j] * lagrange(j, 3) for j in range(4)) == newton(3)

# 2b: L_1(x) = x(x-2)(x-4)/3  -- check at a few points
for t in [-1, 0.5, 3, 7]:
    assert abs(float(lagrange(1, F(t).limit_denominator())) - t * (t - 2) * (t - 4) / 3) < 1e-12

V = [[1, x, x * x] for x in (0, 1, 3)]
w = F(1, 4) * (F(1, 4) - F(1, 2)) * (F(1, 4) - 1)
bound = abs(w) / 6

print("1a:", float(coef[3]), f"({coef[3]})")
print("1b:", [float(a) for a in coef])
print("1c:", float(newton(3)), f"({newton(3)})")
print("2a:", float(lagrange(2, 3)), f"({lagrange(2, 3)})")
print("2b: x*(x-2)*(x-4)/3  (checked numerically)")
print("3a:", V)
print("3b:", float(bound), f"({bound})")
print("3c: false  (Runge phenomenon)")
