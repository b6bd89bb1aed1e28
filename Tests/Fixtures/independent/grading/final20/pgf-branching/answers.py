#!/usr/bin/env python3
"""Key values for pgf-branching (exact, with numpy polynomial cross-checks)."""
from fractions import Fraction as F
import numpy as np
# 3.1: (1+2s)^3/27 -> Binomial(3, 2/3)
coef = np.polynomial.polynomial.polypow([1, 2], 3) / 27
print("3.1a P(X=2):", F(int(round(coef[2] * 27)), 27), coef[2])          # 4/9
n, p = 3, F(2, 3)
print("3.1b E[X]:", n * p)                                                # 2
print("3.1c Var:", n * p * (1 - p))                                       # 2/3
# 3.2: negative binomial, P(Y1+Y2 = k) = (k+1) p^2 q^k
p, q = F(1, 4), F(3, 4)
val = 3 * p**2 * q**2
series = np.polynomial.polynomial.polypow([float(p) * float(q)**k for k in range(6)], 2)
print("3.2 P(Y1+Y2=2):", val, float(val), series[2])                     # 27/256
# 3.3
f = [F(1, 4), F(1, 4), F(1, 2)]
mu = f[1] + 2 * f[2]
print("3.3a mu:", mu)                                                     # 5/4
roots = np.roots([0.5, 0.25 - 1, 0.25])                                   # f(s) - s = 0
print("3.3b q:", min(roots), "roots", sorted(roots))                     # 1/2
fs = lambda s: f[0] + f[1] * s + f[2] * s * s
print("3.3c P(Z2=0):", fs(fs(F(0))), float(fs(fs(F(0)))))                 # 11/32
