#!/usr/bin/env python3
"""Compute the answer key for chem-gas-stoich."""
R = 0.08206
M = dict(C3H8=44.10, O2=32.00, CO2=44.01, N2=28.02, KClO3=122.55)
n_prop = 22.0 / M["C3H8"]; n_o2 = 64.0 / M["O2"]
print("1a", "B" if n_o2 < 5 * n_prop else "A", f"(O2 needed {5*n_prop:.4f} mol, have {n_o2:.4f})")
n_co2 = n_o2 * 3 / 5
print("1b", round(n_co2 * M["CO2"], 1), n_co2 * M["CO2"])
print("1c", round(22.0 - n_o2 / 5 * M["C3H8"], 2))
T1, T2 = 25.0 + 273.15, 125.0 + 273.15
n = 2.50 * 5.00 / (R * T1)
print("2a", round(n, 3), n)
print("2b", round(2.50 * T2 / T1, 2), 2.50 * T2 / T1)
print("2c", round(n * M["N2"] / 5.00, 2), n * M["N2"] / 5.00)
n_ox = 12.25 / M["KClO3"] * 3 / 2
print("3a", round(n_ox * 22.414, 2), n_ox * 22.414)
P = (755 - 23.8) / 760
V = n_ox * R * T1 / P
print("3b", round(V, 2), V)
