#!/usr/bin/env python3
"""Compute every numeric key value for poisson-article and check key.yaml agrees."""
import math
import os
from fractions import Fraction

import numpy as np
import yaml

lam = 3.0                       # per hour
p1a = math.exp(-lam) * lam ** 2 / math.factorial(2)
p1b = math.exp(-lam * 20 / 60)
e1c = 4 / lam * 60              # Gamma(4, lam) mean, in minutes
p1di = Fraction(math.comb(6, 2), 2 ** 6)   # Binomial(6, 1/2)
e1dii = 6 * Fraction(1, 2)
p2a = Fraction(2, 2 + 4)
v2b = (2 + 4) * 0.5             # Poisson variance = mean
p3 = math.exp(-5 * 0.2 * 2)     # thinned process, rate 1/day, 2 days

vals = {"1a": p1a, "1b": p1b, "1c": e1c, "1d.i": p1di, "1d.ii": e1dii,
        "2a": p2a, "2b": v2b, "3": p3}
for k, v in vals.items():
    print(k, v, float(v))

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k, v in vals.items():
    e = key[k]
    a = e["answer"]
    a = float(Fraction(a)) if isinstance(a, str) else float(a)
    if abs(a - float(v)) > e.get("tolerance", 1e-9):
        print("MISMATCH", k, e["answer"], v); ok = False
print("key agrees" if ok else "KEY DISAGREES")
