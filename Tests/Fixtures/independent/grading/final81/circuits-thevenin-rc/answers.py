#!/usr/bin/env python3
"""Compute the answer key for circuits-thevenin-rc."""
import math
Vs, R1, R2, R3 = 12.0, 4e3, 12e3, 3e3
Vth = Vs * R2 / (R1 + R2)
Rth = R1 * R2 / (R1 + R2) + R3
print("1a", Vth)
print("1b", Rth / 1e3, "kOhm")
print("1c", Vth**2 / (4 * Rth) * 1e3, "mW")
R, C, V = 10e3, 47e-6, 5.0
tau = R * C
print("2a", round(tau, 6))
print("2b.i", round(V * (1 - math.exp(-1.0 / tau)), 2), V * (1 - math.exp(-1.0 / tau)))
i = V / R * math.exp(-1.0 / tau) * 1e3
print("2b.ii", round(i, 4), i)
print("2c", f"{V:g}*(1-exp(-t/{tau:g}))")
print("3", round(-tau * math.log(1 - 4.0 / V), 3))
