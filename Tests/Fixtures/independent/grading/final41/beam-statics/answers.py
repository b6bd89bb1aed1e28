#!/usr/bin/env python3
"""Compute every numeric key value for the beam statics set."""
# Question 1: simply supported, L = 6 m, P = 30 kN at a = 2 m from A
L, P, a = 6.0, 30.0, 2.0
RA = P * (L - a) / L
RB = P * a / L
Mmax = RA * a
print("1a R_A [kN] =", RA)
print("1b M_max [kN m] =", Mmax)
# Question 2: cantilever, 3 m, UDL 4 kN/m, tip load 5 kN
Lc, w, Pt = 3.0, 4.0, 5.0
print("2a |M_fixed| [kN m] =", w * Lc**2 / 2 + Pt * Lc)
print("2b |V_fixed| [kN] =", w * Lc + Pt)
# Question 3: rectangle 100 x 200 mm
b, h = 100.0, 200.0
I = b * h**3 / 12
print("3a I [1e6 mm^4] =", round(I / 1e6, 4))
sigma = Mmax * 1e6 * (h / 2) / I   # kN m -> N mm; N/mm^2 = MPa
print("3b sigma_max [MPa] =", sigma)
print("3c expression: 5*w*L^4/(384*E*I)")
# Question 4: delta = P L^3 / (48 E I) -> doubling L multiplies by 8
print("4 factor =", 2**3, "-> choice C")

# agreement with key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for pid, val in {"1a": RA, "1b": Mmax, "2a": w * Lc**2 / 2 + Pt * Lc, "2b": w * Lc + Pt, "3a": I / 1e6, "3b": sigma}.items():
    k = key[pid]
    assert abs(val - k["answer"]) <= k.get("tolerance", 1e-9), (pid, val, k)
assert key["4"]["choice"] == "C"
print("key agrees")
