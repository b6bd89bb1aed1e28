#!/usr/bin/env python3
"""Computes every numeric key value of popgen-epi/key.yaml."""
from fractions import Fraction as F
import math
N, aa = 2500, 225
q2 = F(aa, N)
q = math.sqrt(q2); p = 1 - q
print("3.1a q =", q)
print("3.1b carriers =", 2 * p * q * N)
qf = F(3, 10); pf = 1 - qf
assert qf * qf == q2
print("3.1c carriers among dominant =", (2 * pf * qf) / (pf * pf + 2 * pf * qf))
beta, gamma = 0.45, 1 / 6
R0 = beta / gamma
hit = 1 - 1 / R0
print("3.2a R0 =", R0)
print("3.2b HIT =", hit, "->", round(hit, 3))
print("3.2c coverage =", hit / 0.9, "->", round(hit / 0.9, 3))
ID = 5 / 1000 * 4
P = ID / (1 + ID)
print("3.3a P =", P, "->", round(P, 4))
print("3.3b I*D =", ID, "> P ?", ID > P, "-> true")
