#!/usr/bin/env python3
"""Compute every numeric key value of prob-expectations."""
from fractions import Fraction as F
from math import comb
import numpy as np

n, p = 6, F(1, 3)
p1a = comb(n, 2) * p**2 * (1 - p)**4
ex2 = n * p * (1 - p) + (n * p) ** 2
print("1a", p1a, float(p1a))
print("1b", ex2, float(ex2))

c = 1 / F(2**3, 3)                  # int_0^2 x^2 dx = 8/3
ex = c * F(2**4, 4)                 # int x^3
ex_2 = c * F(2**5, 5)               # int x^4
var = ex_2 - ex**2
print("2a", c, float(c))
print("2b", ex, float(ex))
print("2c", var, float(var))

prev, sens, spec = 0.02, 0.95, 0.90
post1 = prev * sens / (prev * sens + (1 - prev) * (1 - spec))
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * (1 - spec) ** 2)
print("3a", post1, round(post1, 3))
print("3b", post2, "true" if post2 > 0.5 else "false")
# distractor used in a transcript: second test not squared
print("  (3b distractor, not squared)", prev * sens**2 / (prev * sens**2 + (1 - prev) * (1 - spec)))

rng = np.random.default_rng(0)
u = rng.random((2, 2_000_000))
print("3c E[max] exact 2/3, MC", u.max(axis=0).mean(), "-> B")
# distractors
print("  swapped exponents", comb(6, 2) * p**4 * (1 - p)**2)
