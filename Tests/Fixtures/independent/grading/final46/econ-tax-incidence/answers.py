#!/usr/bin/env python3
"""Compute every numeric key value for econ-tax-incidence."""
from fractions import Fraction as F

# Q1: Qd = 120 - 2P, Qs = -30 + 3P
P = F(120 + 30, 2 + 3)
Q = 120 - 2 * P
print("1a", [int(P), int(Q)])
print("1b", float(-2 * P / Q))
choke = F(120, 2)
print("1c", float(F(1, 2) * (choke - P) * Q))
t = 5
# supply with tax on sellers: Qs = -30 + 3(P - t)
Pb = F(120 + 30 + 3 * t, 5)
Qt = 120 - 2 * Pb
print("1d", float(Pb))
print("1e", float(F(1, 2) * t * (Q - Qt)))
# Q2: P = 100 - Q, MC = 20; MR = 100 - 2Q
Qm = F(100 - 20, 2)
Pm = 100 - Qm
print("2a", float(Pm))
print("2b", (Pm - 20) / Pm, float((Pm - 20) / Pm))
# Q3: perfectly inelastic demand -> buyers bear the tax
print("3", "B")
