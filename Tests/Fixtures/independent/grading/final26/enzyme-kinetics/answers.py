#!/usr/bin/env python3
"""Answer key for enzyme-kinetics: prints every numeric key value."""
Vmax, Km, I, Ki, Et = 120.0, 8.0, 5.0, 2.0, 0.02   # uM/min, uM, uM, uM, uM
mm = lambda S, K=Km: Vmax * S / (K + S)
print("4a", mm(4.0))
print("4b", 0.75 / 0.25 * Km)          # S = 3 Km
print("4c", "Km*(1+I/Ki)")
Kapp = Km * (1 + I / Ki)
print("4d", Kapp)
print("4e", round(mm(8.0, Kapp), 4))
print("4f", "B")
print("5", Vmax / Et / 60, "s^-1  (", Vmax / Et, "min^-1 )")
