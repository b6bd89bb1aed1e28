#!/usr/bin/env python3
"""Computes every key value of bayes-dice-exam and checks key.yaml."""
from fractions import Fraction as F
from itertools import product
from math import comb
import os, yaml

prev, sens, spec = 0.02, 0.95, 0.90
p_pos = prev * sens + (1 - prev) * (1 - spec)
post1 = prev * sens / p_pos
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * (1 - spec)**2)
var = 10 * 0.3 * 0.7
p2 = comb(10, 2) * 0.3**2 * 0.7**8
rolls = list(product(range(1, 7), repeat=2))
three = [r for r in rolls if 3 in r]
p3a = F(sum(1 for r in three if sum(r) == 7), len(three))
pA = F(sum(1 for r in rolls if r[0] % 2 == 0), 36)
pB = F(sum(1 for r in rolls if sum(r) == 7), 36)
pAB = F(sum(1 for r in rolls if r[0] % 2 == 0 and sum(r) == 7), 36)
emax = F(sum(max(r) for r in rolls), 36)
vals = {"1a": p_pos, "1b": post1, "1c": post2, "2a": var, "2b": p2,
        "3a": p3a, "3b": "true" if pAB == pA * pB else "false", "3c": emax}
for k, v in vals.items():
    print(k, v, f"({float(v):.6f})" if not isinstance(v, str) else "")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
def num(x):
    return float(F(x)) if isinstance(x, str) else float(x)
for k, v in vals.items():
    e = key[k]
    if "text" in e:
        assert e["text"] == v, k
    else:
        tol = e.get("tolerance", 1e-9)
        assert abs(num(e["answer"]) - float(v)) <= tol, (k, e, v)
print("key agrees")
