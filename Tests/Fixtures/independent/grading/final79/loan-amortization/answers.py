#!/usr/bin/env python3
"""Compute the key values for the loan-amortization set."""
import math

def pmt(P, r, n):
    return P * r / (1 - (1 + r) ** -n)

P, r, n = 18000, 0.06 / 12, 60
M = pmt(P, r, n)
Mc = round(M, 2)
B = P
for _ in range(12):
    B = B * (1 + r) - Mc
print("2.1a", round(M, 2), M)
print("2.1b", round(P * r, 2))
print("2.1c", round(B, 2), B)
P2, r2, n2 = 250000, 0.045 / 12, 360
M2 = pmt(P2, r2, n2)
print("2.2a", round(M2, 2), M2)
print("2.2b", round(round(M2, 2) * n2 - P2), round(M2, 2) * n2 - P2)
k = -math.log(1 - P2 * r2 / 1500) / math.log(1 + r2)
print("2.2c", math.ceil(k), k)
# check: doubling term from 30 to 60 years does not halve the payment
print("2.3b", "false", pmt(P2, r2, 720) / M2)
print("2.3a", "B")
