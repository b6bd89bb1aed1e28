#!/usr/bin/env python3
"""Computes every numeric key value of heat-engines/key.yaml."""
TH, TC, QH, f = 527 + 273, 27 + 273, 2000.0, 5
eta = 1 - TC / TH
W = eta * QH
print("1a", eta)                 # 0.625
print("1b", W)                   # 1250 J
print("1c", W * f / 1000)        # 6.25 kW
r, g, T1, P1 = 8, 1.4, 300.0, 100.0
print("2a", 1 - r ** (1 - g))    # 0.56472
print("2b.i", T1 * r ** (g - 1)) # 689.22 K
print("2b.ii", P1 * r ** g)      # 1837.9 kPa
Tin, Tk = -13 + 273, 27 + 273
print("3a", Tin / (Tk - Tin))    # 6.5
print("3b", "true" if 0.15 <= 1 - Tin / Tk else "false")  # Carnot limit 0.1333 -> false
