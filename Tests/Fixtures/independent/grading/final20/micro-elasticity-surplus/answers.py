#!/usr/bin/env python3
"""Key values for micro-elasticity-surplus."""
from fractions import Fraction as F
# 100 - 2P = 3P - 30
P = F(130, 5); Q = 100 - 2 * P
print("1a (P*, Q*):", P, Q)                                   # 26, 48
eps = F(-2) * P / Q
print("1b elasticity:", eps, float(eps))                      # -13/12 = -1.0833
choke = F(100, 2); floor = F(30, 3)
print("1c CS:", F(1, 2) * (choke - P) * Q)                    # 576
print("1d PS:", F(1, 2) * (P - floor) * Q)                    # 384
t = 5
# seller-side tax: Qs = 3(P - t) - 30
Pb = F(130 + 3 * t, 5); Qt = 100 - 2 * Pb
print("   buyers pay", Pb, "sellers keep", Pb - t, "Q =", Qt)  # 29, 24, 42
print("2a DWL:", F(1, 2) * t * (Q - Qt))                      # 15
print("2b revenue:", t * Qt)                                  # 210
print("2c consumer share:", (Pb - P) / t, float((Pb - P) / t))  # 3/5
dq = F(80 - 120, (80 + 120) // 2); dp = F(6 - 4, F(6 + 4, 2))
print("3 arc elasticity:", dq / dp, "-> (C) unit elastic")    # -1
