#!/usr/bin/env python3
"""Compute every numeric key value of enzyme-kinetics and check key.yaml."""
from fractions import Fraction as F
import os, yaml

Vmax, Km, ET = 120.0, 4.0, 50e-3          # µM/min, mM, µM
vals = {}
vals["1a"] = Vmax * 1.0 / (Km + 1.0)                  # µM/min
vals["1b"] = Km * 0.75 / (1 - 0.75)                   # mM
kcat_min = Vmax / ET                                  # min^-1
vals["1c"] = kcat_min / 60.0                          # s^-1
vals["1d"] = vals["1c"] / (Km * 1e-3)                 # M^-1 s^-1
Vmax2 = 1 / 0.025                                     # µM/min
vals["2a"] = 0.20 * Vmax2                             # µM
vals["2b"] = vals["2a"] * (1 + 5.0 / 2.0)             # µM
frac = F(8) / (F(28) + F(8))
vals["2c"] = float(frac)

for k, x in vals.items():
    print(f"{k}: {x:.6g}")
print("2c exact:", frac)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k in ["1a", "1b", "1c", "1d", "2a", "2b"]:
    assert abs(vals[k] - key[k]["answer"]) < 1e-9 * max(1, abs(vals[k])), (k, vals[k])
assert F(key["2c"]["answer"]) == frac
assert key["2d"]["choice"] == "B"
print("key agrees")
