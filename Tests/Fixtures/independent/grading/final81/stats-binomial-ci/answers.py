#!/usr/bin/env python3
"""Compute the answer key for stats-binomial-ci (needs scipy for t / normal quantiles)."""
import math
from scipy import stats
n, p = 12, 0.1
print("5.1a", round(math.comb(n, 2) * p**2 * (1 - p)**10, 4))
print("5.1b", round(1 - (1 - p)**n, 4))
print("5.1c", round(n * p * (1 - p), 4))
se = 4.8 / math.sqrt(16)
t = stats.t.ppf(0.975, 15)
print("5.2a", [float(round(52.3 - t * se, 2)), float(round(52.3 + t * se, 2))], "t=", float(round(t, 4)))
print("5.2b", se)
t99 = stats.t.ppf(0.995, 15)
print("5.2c", "true" if t99 < t else "false", "(t99 =", float(round(t99, 3)), ")")
print("5.3a", float(round(1 - stats.norm.cdf(130, 100, 15), 4)))
nmin = math.ceil((1.96 * 15 / 3) ** 2)
print("5.3b", {96: "A", 97: "B", 98: "C", 385: "D"}[nmin], nmin)
