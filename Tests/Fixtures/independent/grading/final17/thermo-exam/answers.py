#!/usr/bin/env python3
"""Compute every numeric key value of thermo-exam."""
import math
R = 8.314
n, T, V1, V2 = 2, 300.0, 10.0, 30.0
print("1a W_by_gas_J =", round(n * R * T * math.log(V2 / V1), 4))   # 5480.3175
print("1b dS_J_per_K =", round(n * R * math.log(V2 / V1), 4))       # 18.2677
Th, Tc = 600.0, 300.0
eta = 1 - Tc / Th
print("2a eta =", eta)                                               # 0.5
print("2b W_J =", eta * 1200)                                        # 600
print("2c choice = B  (reversible cycle: dS_universe = 0)")
g = 7 / 5
print("3a T2_K =", round(300 * 8 ** (g - 1), 4))                     # 689.219
print("3b p2_over_p1 =", round(8 ** g, 4))                           # 18.3792
print("3c = false (reversible adiabatic => isentropic)")
