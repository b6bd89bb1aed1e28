#!/usr/bin/env python3
"""Compute every key value for gas-mixtures."""
R = 8.314  # J/(mol K)
V, T = 50.0e-3, 300.0
n = {"N2": 1.20, "O2": 0.30, "Ar": 0.50}
M = {"N2": 28.01, "O2": 32.00, "Ar": 39.95}
nt = sum(n.values())
P = nt * R * T / V / 1000  # kPa
print("5.1a", round(P, 3))
y = {k: v / nt for k, v in n.items()}
print("5.1b", y["O2"])
print("5.1c", round(y["N2"] * P, 3))
Mapp = sum(y[k] * M[k] for k in n)
print("5.2a", round(Mapp, 4))
print("5.2b", round(y["Ar"] * M["Ar"] / Mapp, 5))
VA, PA, VB, PB = 2.0, 300.0, 3.0, 150.0
print("5.3a", (PA * VA + PB * VB) / (VA + VB))
print("5.3b", [PA * VA / (VA + VB), PB * VB / (VA + VB)])
m1, m2, mm = 16.04, 30.07, 20.0
print("5.4", round((m2 - mm) / (m2 - m1), 5))
