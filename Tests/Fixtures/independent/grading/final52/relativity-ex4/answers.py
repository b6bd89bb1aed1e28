#!/usr/bin/env python3
"""Compute every key value of relativity-ex4 and check it against key.yaml."""
import math, os, sys
from fractions import Fraction
import numpy as np
import yaml

here = os.path.dirname(os.path.abspath(__file__))
key = yaml.safe_load(open(os.path.join(here, "key.yaml")))["parts"]

c = 3.00e8
beta = 0.98
gamma = 1 / math.sqrt(1 - beta ** 2)
v = {}
v["4.1a"] = gamma
v["4.1b"] = 2.2 * gamma                      # microseconds
v["4.1c"] = beta * c * 2.2e-6 * gamma        # metres
b = 0.6
g = 1 / math.sqrt(1 - b * b)
L = np.array([[g, -g * b], [-g * b, g]])
v["4.2a"] = L
v["4.2b"] = L @ np.array([5.0, 4.0])
v["4.2c"] = 5.0 ** 2 - 4.0 ** 2
u = (Fraction(6, 10) + Fraction(5, 10)) / (1 + Fraction(6, 10) * Fraction(5, 10))
v["4.3"] = u
# 4.4: same time and same place -> one spacetime point -> coincident in every frame -> true

ok = True
for pid, val in v.items():
    k = key[pid]["answer"]
    if isinstance(k, str):
        good = Fraction(k) == val
        print(f"{pid}: {val} = {float(val):.6f}   key {k}   {'OK' if good else 'MISMATCH'}")
    else:
        tol = key[pid].get("tolerance", 1e-9)
        good = np.allclose(np.array(val, dtype=float), np.array(k, dtype=float), atol=tol, rtol=0)
        print(f"{pid}: {np.round(val, 6).tolist()}   key {k}   {'OK' if good else 'MISMATCH'}")
    ok &= bool(good)
ok &= key["4.4"]["text"] == "true"
print("4.4: true   key", key["4.4"]["text"])
sys.exit(0 if ok else 1)
