#!/usr/bin/env python3
"""Compute every numeric key value for sir-epidemic and check key.yaml agrees."""
import math, os, sys
from fractions import Fraction
import numpy as np, yaml

N, beta, gamma = 10000, 0.3, 0.1
R0 = beta / gamma
vals = {}
vals["1a"] = R0
herd = 1 - Fraction(1, 1) / Fraction(3, 1)          # 1 - 1/R0 with R0 = 3 exactly
vals["1c.i"] = beta - gamma
vals["1c.ii"] = math.log(2) / vals["1c.i"]
S, I, R = 9990, 10, 0
inf = beta * S * I / N
vec = np.array([-inf, inf - gamma * I, gamma * I])
vals["2b"] = R0 * (1 - 0.5)
z = 0.9
for _ in range(500):
    z = 1 - math.exp(-R0 * z)
vals["2c"] = z
print("1a:", vals["1a"]); print("1b:", herd, float(herd)); print("1c.i:", vals["1c.i"])
print("1c.ii:", vals["1c.ii"]); print("2a:", vec.tolist()); print("2b:", vals["2b"]); print("2c:", z)

key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
ok = True
for k, v in vals.items():
    tol = key[k].get("tolerance", 1e-9)
    if abs(float(key[k]["answer"]) - v) > tol:
        print("MISMATCH", k, key[k]["answer"], v); ok = False
ok &= Fraction(key["1b"]["answer"]) == herd
ok &= np.allclose(np.array(key["2a"]["answer"], float), vec, atol=1e-9)
ok &= key["2d"]["expression"].replace(" ", "") == "beta*S*I/N-gamma*I"
print("key agrees" if ok else "KEY DISAGREES")
sys.exit(0 if ok else 1)
