#!/usr/bin/env python3
"""Compute every numeric key value for the enzyme-kinetics set."""
Vmax, Km = 120.0, 30.0
mm = lambda S, K=Km, V=Vmax: V * S / (K + S)
Ki, I = 5.0, 10.0
Kapp = Km * (1 + I / Ki)
vals = {
    "1a": mm(10),
    "1b": 0.8 * Km / (1 - 0.8),
    "1c": mm(90) / Vmax,
    "2a": Kapp,
    "2b": mm(60, Kapp),
    "2c.i": Kapp / Vmax,          # min
    "2c.ii": -1 / Kapp,           # 1/uM
    "3": 400 / 2.0e-5,            # M^-1 s^-1
}
for k, x in vals.items():
    print(k, f"{x:.6g}")
