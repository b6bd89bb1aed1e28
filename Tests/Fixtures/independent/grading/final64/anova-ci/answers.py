#!/usr/bin/env python3
"""Recompute every numeric key value of anova-ci and check key.yaml against it."""
import math, os
from fractions import Fraction as F
import numpy as np
from scipy import stats
import yaml

out = {}
n, xbar, s = 16, 41.2, 3.6
se = s / math.sqrt(n)
out["1a"] = se
t = stats.t.ppf(0.975, n - 1)
out["1b"] = [round(float(xbar - t * se), 2), round(float(xbar + t * se), 2)]
out["1c"] = math.ceil((1.96 * 3.6 / 1.0) ** 2)
p = 132 / 400
sep = math.sqrt(p * (1 - p) / 400)
out["2a"] = [round(p - 1.96 * sep, 3), round(p + 1.96 * sep, 3)]
groups = [[4, 6, 5, 7, 8], [8, 9, 7, 10, 11], [5, 6, 4, 7, 3]]
allv = [F(v) for g in groups for v in g]
gm = sum(allv) / len(allv)
ssb = sum(len(g) * (F(sum(g), len(g)) - gm) ** 2 for g in groups)
ssw = sum(sum((F(v) - F(sum(g), len(g))) ** 2 for v in g) for g in groups)
out["3a"] = ssb
Fstat = (ssb / 2) / (ssw / 12)
out["3b"] = round(float(Fstat), 3)
assert abs(float(Fstat) - stats.f_oneway(*groups).statistic) < 1e-9
assert float(Fstat) > stats.f.ppf(0.95, 2, 12)  # reject -> choice B
out["3d"] = ssb / (ssb + ssw)
for k, v in out.items():
    print(k, v, "" if not isinstance(v, F) else f"= {float(v):.6f}")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
def val(x):
    return float(F(x)) if isinstance(x, str) else x
for k, v in out.items():
    kv = key[k]["answer"]
    if isinstance(v, list):
        assert all(abs(a - b) < 1e-9 for a, b in zip(v, kv)), k
    else:
        assert abs(float(v) - val(kv)) < 1e-9, (k, v, kv)
assert key["3c"]["choice"] == "B" and key["2b"]["text"] == "false"
print("key.yaml agrees")
