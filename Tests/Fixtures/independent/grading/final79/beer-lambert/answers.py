#!/usr/bin/env python3
"""Compute the key values for the beer-lambert set."""
import math
eps, b, c = 15200, 1.00, 4.0e-5
A = eps * b * c
T = 10 ** -A
print("1a", round(A, 4))
print("1b", round(100 * T, 1), 100 * T)
print("1c", round(eps * 0.50 * c, 4))
cu = 0.452 / 6220 * 1e6
print("2a", round(cu, 1), cu)
print("2b", round(cu * 10), cu * 10)
print("2c", "-log10(T)")
A3 = -math.log10(0.350)
print("3", round(A3, 3), A3)
print("4", "B")
