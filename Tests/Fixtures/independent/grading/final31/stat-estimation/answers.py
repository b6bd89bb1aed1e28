#!/usr/bin/env python3
"""Answer key computations for stat-estimation (STAT 3120 PS5)."""
import math
import numpy as np

x = np.array([4.1, 5.3, 3.8, 6.0, 5.1, 4.9])
n = len(x)
mean = x.mean()
s2 = x.var(ddof=1)
t = 2.571  # t_{0.975, 5} as given in the problem
se = math.sqrt(s2 / n)
ci = (mean - t * se, mean + t * se)
print("1a mean            =", round(mean, 6))
print("1b unbiased var    =", round(s2, 6))
print("1c 95% CI          =", [round(float(v), 4) for v in ci], "-> 2dp", [round(float(v), 2) for v in ci])
# common wrong answers, for reference
print("   biased var      =", round(x.var(ddof=0), 6))
seb = math.sqrt(x.var(ddof=0) / n)
print("   CI w/ biased s  =", [round(float(mean + k * t * seb), 4) for k in (-1, 1)])
print("   CI w/ z=1.96    =", [round(float(mean + k * 1.96 * se), 4) for k in (-1, 1)])

c = np.array([2, 0, 3, 1, 4])
lam = c.mean()
print("2a lambda_hat      =", lam)
print("2b P(X=0)=e^-lam   =", round(math.exp(-lam), 6))
print("2c score           = x/lambda - 1   (d/dlambda of x log lambda - lambda - log x!)")
print("3a choice          = C")
print("3b true/false      = false  (E[sum (x-xbar)^2 / n] = (n-1)/n sigma^2)")

# ---- check the key agrees -------------------------------------------------
computed = {"1a": mean, "1b": s2, "1c": list(ci), "2a": lam, "2b": math.exp(-lam)}
import os
from fractions import Fraction
import yaml

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")) as fh:
    key = yaml.safe_load(fh)["parts"]
for pid, val in computed.items():
    entry = key[pid]
    kv = entry["answer"]
    if isinstance(kv, str):
        kv = float(Fraction(kv))
    tol = entry.get("tolerance", 1e-9)
    got = np.array(val, dtype=float)
    want = np.array(kv, dtype=float)
    assert got.shape == want.shape, (pid, got, want)
    assert np.all(np.abs(got - want) <= tol + 1e-12), (pid, got.tolist(), want.tolist(), tol)
print("key.yaml agrees with computed values for:", ", ".join(computed))
