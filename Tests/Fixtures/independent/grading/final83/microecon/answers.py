#!/usr/bin/env python3
"""Computes every key value of microecon/key.yaml.  Qd = 120 - 2P, Qs = 3P - 30."""
from fractions import Fraction as F
a, b, c, d = 120, 2, -30, 3           # Qd = a - bP, Qs = c + dP
P = F(a - c, b + d); Q = a - b * P
print("1a", P)                         # 30
print("1b", Q)                         # 60
Pmax = F(a, b)                         # demand choke price 60
print("1c", F(1, 2) * Q * (Pmax - P))  # 900
P2 = 20; Q2 = a - b * P2
e = -b * F(P2, Q2)
print("2a", e, float(e))               # -1/2
print("2b", "A" if abs(e) > 1 else "B" if 0 < abs(e) < 1 else "C" if abs(e) == 1 else "D")
t = 5                                  # supply shifts: Qs = c + d(P - t)
Pb = F(a - c + d * t, b + d); Qt = a - b * Pb
print("3a", Pb)                        # 33
print("3b", t * Qt)                    # 270
print("3c", F(1, 2) * t * (Q - Qt))    # 15
