#!/usr/bin/env python3
"""Key values for mendel-crosses (enumerates the Punnett squares)."""
from fractions import Fraction as F
from itertools import product
from math import comb

gam = ["".join(g) for g in product("Tt", "Rr")]
kids = [(a[0] + b[0], a[1] + b[1]) for a in gam for b in gam]
n = len(kids)
tall = lambda g: "T" in g[0]
rnd = lambda g: "R" in g[1]
print("1a", F(sum(tall(k) and not rnd(k) for k in kids), n))          # 3/16
print("1b", F(sum(k[0][0] == k[0][1] and k[1][0] == k[1][1] for k in kids), n))  # 1/4
print("1c", 320 * F(sum(not tall(k) and not rnd(k) for k in kids), n))  # 20
tr = [k for k in kids if tall(k) and rnd(k)]
print("1d", F(sum(k[0] == "TT" and k[1] == "RR" for k in tr), len(tr)))  # 1/9
print("2a", "C")  # all tall -> TT; 1:1 round:wrinkled -> Rr
obs = [290, 210, 220, 280]
print("2b", round(sum((o - 250) ** 2 / 250 for o in obs), 2))          # 20.0
print("2c", len(obs) - 1)                                              # 3
print("2d", round(comb(4, 1) * 0.25 * 0.75 ** 3, 4))                   # 0.4219
