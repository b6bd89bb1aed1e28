#!/usr/bin/env python3
"""Compute every numeric key value for decay-dosimetry."""
import math

T = 8.02  # days
lam = math.log(2) / (T * 86400)
print("4.1a", lam)
print("4.1b", 400 * 2 ** (-20 / T))
print("4.1c", T * math.log2(100))
lp, ld = math.log(2) / 66.0, math.log(2) / 6.01
print("4.2a.i", math.log(ld / lp) / (ld - lp))
print("4.2a.ii", ld / (ld - lp))
print("4.2b", "true")
r1 = 120 / 2 ** 2
print("4.3a", r1)
print("4.3b", 1000 / (r1 / 2 ** 3))
