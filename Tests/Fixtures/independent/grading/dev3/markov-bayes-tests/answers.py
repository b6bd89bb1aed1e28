#!/usr/bin/env python3
"""Key values for markov-bayes-tests (STAT 3410 HW4)."""
from fractions import Fraction as F
from math import erf, sqrt
import numpy as np

P = np.array([[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.1, 0.4, 0.5]])

# 1a: two-step transition Sunny -> Rainy
p2 = (P @ P)[0, 2]
print("1a", round(p2, 10))

# 1b: stationary distribution, exact via fractions (solve pi (P - I) = 0, sum = 1)
# unknowns a, b, c;  equations from columns 0 and 1 plus normalisation
A = np.array([[P[0, 0] - 1, P[1, 0], P[2, 0]],
              [P[0, 1], P[1, 1] - 1, P[2, 1]],
              [1, 1, 1]])
pi = np.linalg.solve(A, [0, 0, 1])
print("1b", pi, [F(x).limit_denominator(1000) for x in pi])
assert np.allclose(pi @ P, pi)

# 1c: expected hitting time of Rainy from Sunny
Q = P[:2, :2]
h = np.linalg.solve(np.eye(2) - Q, np.ones(2))
print("1c", h[0], F(h[0]).limit_denominator(1000))

# 2a, 2b: Bayes
prev, sens, spec = F(2, 100), F(95, 100), F(90, 100)
post1 = prev * sens / (prev * sens + (1 - prev) * (1 - spec))
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * (1 - spec)**2)
print("2a", post1, float(post1))
print("2b", post2, float(post2))

# 3: z-test
n, k, p0 = 400, 332, 0.80
z = (k / n - p0) / sqrt(p0 * (1 - p0) / n)
pval = 0.5 * (1 - erf(z / sqrt(2)))
print("3a", round(z, 10))
print("3b", round(pval, 6))
print("3c", "A" if pval < 0.05 else "B")
