"""Compute every key value of STAT 2040 Problem Sheet 2 and check key.yaml."""
from fractions import Fraction as F
from math import comb, sqrt
import os, yaml
import numpy as np

prev, sens, spec = F(2, 100), F(95, 100), F(90, 100)
p_pos = prev*sens + (1 - prev)*(1 - spec)          # 2.1a
post = prev*sens / p_pos                          # 2.1b
n, p = 10, 0.3
var = n*p*(1 - p)                                 # 2.2a
p2 = comb(10, 2) * p**2 * (1 - p)**8              # 2.2b
data = np.array([4, 7, 7, 9, 13], dtype=float)
mean = data.mean()                                # 2.3a
s2 = data.var(ddof=1)                             # 2.3b
half = 2.776 * sqrt(s2 / len(data))
ci = [round(mean - half, 3), round(mean + half, 3)]   # 2.3c
var_comb = 2**2 * 4 + (-1)**2 * 9                 # 2.4 -> 25 -> (C)
choices = {"A": 7, "B": 17, "C": 25, "D": 1}
letter = [k for k, v in choices.items() if v == var_comb][0]

print("2.1a", p_pos, float(p_pos))
print("2.1b", post, float(post))
print("2.2a", var)
print("2.2b", p2)
print("2.3a", mean)
print("2.3b", s2)
print("2.3c", mean - half, mean + half, ci)
print("2.4", var_comb, letter)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert float(p_pos) == key["2.1a"]["answer"]
assert post == F(key["2.1b"]["answer"])
assert abs(var - key["2.2a"]["answer"]) < 1e-12
assert round(p2, 4) == key["2.2b"]["answer"]
assert mean == key["2.3a"]["answer"] and s2 == key["2.3b"]["answer"]
assert ci == key["2.3c"]["answer"]
assert letter == key["2.4"]["choice"]
print("key agrees")
