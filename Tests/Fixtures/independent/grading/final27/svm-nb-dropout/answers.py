#!/usr/bin/env python3
"""Compute every numeric key value of svm-nb-dropout (python3 + numpy only)."""
from fractions import Fraction as F
import numpy as np

w = np.array([3.0, 4.0]); b = -2.0
width = 2 / np.linalg.norm(w)
dist = abs(w @ np.array([2.0, 1.0]) + b) / np.linalg.norm(w)
pred = int(np.sign(w @ np.array([0.0, 0.0]) + b))

def posterior(pf_s, pm_s, pf_h, pm_h, prior_s=F(4, 10)):
    s = prior_s * pf_s * pm_s
    h = (1 - prior_s) * pf_h * pm_h
    return s / (s + h)

p2a = posterior(F(3, 4), F(1, 4), F(1, 6), F(4, 6))
p2b = posterior(F(3 + 1, 4 + 2), F(1 + 1, 4 + 2), F(1 + 1, 6 + 2), F(4 + 1, 6 + 2))

a = np.array([2.0, 0.5, -1.0, 4.0]); m = np.array([1, 0, 1, 1]); p = 0.2
out = a * m / (1 - p)
H = (64 + 2 * 1 - 5) // 2 + 1
params = 16 * 3 * 5 * 5 + 16

print("1a", width)
print("1b.i", dist)
print("1b.ii", pred)
print("2a", p2a, float(p2a))
print("2b", p2b, float(p2b))
print("3a", [float(round(v, 10)) for v in out])
print("3b", f"16x{H}x{H}")
print("3c", params)
