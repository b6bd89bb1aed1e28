#!/usr/bin/env python3
"""Compute every numeric key value of stats-markov (python3 + numpy only)."""
import math
from fractions import Fraction as F
import numpy as np

P = np.array([[0.7, 0.3], [0.4, 0.6]])
p1a = (P @ P)[0, 1]
# stationary: pi_S * 0.3 = pi_R * 0.4
piS = F(4, 10) / (F(3, 10) + F(4, 10)); piR = 1 - piS
p1c = 1 / F(3, 10)
z = (61 - 50) / math.sqrt(100 * 0.5 * 0.5)
Phi = lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2)))
pval = 2 * (1 - Phi(z))
reject = pval < 0.01
t = (10.6 - 10) / (1.2 / math.sqrt(9))
post = 0.95 * 0.02 / (0.95 * 0.02 + 0.10 * 0.98)

print("1a", round(p1a, 10))
print("1b", f"{piS}", f"{piR}")
print("1c", p1c, float(p1c))
print("2a", round(z, 10))
print("2b", pval, round(pval, 3))
print("2c", "true" if reject else "false")
print("3", round(t, 10))
print("4", post, round(post, 3))
