#!/usr/bin/env python3
"""Answer key computations for thermo-hw5 (Thermal Physics, Homework 5)."""
from fractions import Fraction
import math

R = 8.314          # J/(mol K), as given in the problem set
n = 2.00           # mol, monatomic ideal gas
T1 = 300.0         # K
V1, V2 = 10.0, 25.0  # L
gamma = Fraction(5, 3)

W = n * R * T1 * math.log(V2 / V1)            # J, reversible isothermal
print("1a  W (kJ)          =", round(W / 1000, 4))
dS = n * R * math.log(V2 / V1)                # J/K
print("1b  dS gas (J/K)    =", round(dS, 4))
T2 = T1 * (V1 / V2) ** float(gamma - 1)       # reversible adiabatic
print("1c  T2 (K)          =", round(T2, 3))

Th, Tc = 500, 300
eta = Fraction(Th - Tc, Th)
print("2a  eta_Carnot      =", eta)
Qh = 1200
Qc = Qh * (1 - eta)
print("2b  Q_c (J)         =", Qc)
cop_ref = Fraction(Tc, Th - Tc)
options = {"A": Fraction(3, 5), "B": Fraction(3, 2), "C": Fraction(5, 2), "D": Fraction(2, 5)}
print("2c  COP_fridge      =", cop_ref, "-> option", [k for k, v in options.items() if v == cop_ref][0])

print("3a  statement false (2nd law: dS_isolated >= 0)")
# Otto: eta = 1 - r^(1-gamma); numeric check against 1 - T_a/T_b for r=8, gamma=1.4
r, g = 8.0, 1.4
print("3b  1 - r**(1-gamma); check r=8, g=1.4 ->", round(1 - r ** (1 - g), 4))

# machine-readable summary, compared with key.yaml by ../validate.py
import json
print("KEY", json.dumps({"1a": W / 1000, "1b": dS, "1c": T2, "2a": str(eta), "2b": int(Qc),
                         "2c": "B", "3a": "false"}))
