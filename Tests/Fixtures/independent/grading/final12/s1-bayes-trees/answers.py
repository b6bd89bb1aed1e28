#!/usr/bin/env python3
"""Computes every numeric key value for s1-bayes-trees."""
from fractions import Fraction
import numpy as np

prev, sens, spec = 0.02, 0.95, 0.90
p_pos = prev * sens + (1 - prev) * (1 - spec)
post1 = prev * sens / p_pos
num2 = prev * sens**2
post2 = num2 / (num2 + (1 - prev) * (1 - spec) ** 2)

def H(*counts):
    c = np.array(counts, float); p = c / c.sum(); p = p[p > 0]
    return float(-(p * np.log2(p)).sum())

h_root = H(6, 10)
ig = h_root - (6 / 16 * H(4, 2) + 10 / 16 * H(2, 8))
gini = 1 - Fraction(6, 16) ** 2 - Fraction(10, 16) ** 2

print("1a", round(p_pos, 6))
print("1b", round(post1, 6), "->", f"{post1:.3f}")
print("1c", round(post2, 6), "->", f"{post2:.3f}")
print("2a", round(h_root, 6), "->", f"{h_root:.3f}")
print("2b", round(ig, 6), "->", f"{ig:.3f}")
print("2c", gini, float(gini))
print("3a C   (conceptual multiple choice)")
print("3b true (IG >= 0 by concavity of entropy)")
