#!/usr/bin/env python3
"""Compute every numeric key value for probability-kernels."""
from fractions import Fraction as Fr
import math
import numpy as np

p, sens, fpr = Fr(2, 100), Fr(95, 100), Fr(10, 100)
post = p * sens / (p * sens + (1 - p) * fpr)
print("1a", post, float(post))
lam = 3
print("1b", math.exp(-lam) * lam**2 / 2, round(math.exp(-lam) * lam**2 / 2, 3))
a, b = 2, 3
var = Fr(a * b, (a + b) ** 2 * (a + b + 1))
print("1c", var, float(var))
x, z = np.array([1.0, 2.0]), np.array([2.0, 0.0])
print("2a", (x @ z + 1) ** 2)
r = math.exp(-0.5 * ((x - z) ** 2).sum())
print("2b", r, round(r, 4))
X = np.stack([x, z])
print("2c", (X @ X.T).tolist())
K = -(X @ X.T)
print("2d", "false (eigenvalues of -K:", np.linalg.eigvalsh(K).round(3).tolist(), ")")
