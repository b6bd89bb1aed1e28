#!/usr/bin/env python3
"""Compute every numeric key value of stat210-hw4 and check key.yaml agrees."""
from fractions import Fraction as F
from math import comb
import os, sys
import yaml

prev, sens, spec = F(2, 100), F(95, 100), F(90, 100)
p_pos = prev * sens + (1 - prev) * (1 - spec)
post1 = prev * sens / p_pos
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * (1 - spec)**2)
n, p = 10, 0.3
pmf2 = comb(n, 2) * p**2 * (1 - p)**8
var = n * p * (1 - p)
ex2 = var + (n * p)**2
ci = (50 - 1.96 * 10 / 100**0.5, 50 + 1.96 * 10 / 100**0.5)
# 3c: c = 3/8 since int_0^2 y^2 dy = 8/3, so F(y) = y^3/8

vals = {"1a": float(p_pos), "1b": float(post1), "1c": float(post2),
        "2a": pmf2, "2b": var, "2c": ex2, "3a": list(ci)}
for k, v in vals.items():
    print(k, v)
print("1b exact", post1, " 1c exact", post2)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
def num(x):
    return float(F(x)) if isinstance(x, str) else x
ok = True
for k, v in vals.items():
    e = key[k]
    tol = e.get("tolerance", 1e-9)
    if isinstance(v, list):
        good = all(abs(a - b) <= tol for a, b in zip(v, e["answer"]))
    else:
        good = abs(num(e["answer"]) - v) <= tol
    print(k, "OK" if good else "MISMATCH", e)
    ok &= good
sys.exit(0 if ok else 1)
