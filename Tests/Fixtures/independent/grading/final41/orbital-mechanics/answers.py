#!/usr/bin/env python3
"""Compute every numeric key value for the orbital mechanics set."""
import math
from fractions import Fraction
mu = 3.986e14          # m^3 s^-2
RE = 6371e3            # m
print("1a T [yr] =", 4 ** 1.5)
print("1b a [AU] =", round(27 ** (2 / 3), 12))
r = RE + 500e3
v = math.sqrt(mu / r)
T = 2 * math.pi * math.sqrt(r**3 / mu)
print("2a v [km/s] =", v / 1e3, "->", round(v / 1e3, 2))
print("2b T [min] =", T / 60, "->", round(T / 60, 1))
r1, r2 = r, 42164e3
at = (r1 + r2) / 2
print("3a a_t [km] =", at / 1e3)
dv1 = math.sqrt(mu / r1) * (math.sqrt(2 * r2 / (r1 + r2)) - 1)
print("3b dv1 [m/s] =", dv1, "->", round(dv1))
# (not asked) second burn and common slips, for reference in the labels
dv2 = math.sqrt(mu / r2) * (1 - math.sqrt(2 * r1 / (r1 + r2)))
print("   dv2 [m/s] =", dv2)
print("   v with r = R_E only [km/s] =", math.sqrt(mu / RE) / 1e3)
print("   T with mu=3.99e14 [min] =", 2 * math.pi * math.sqrt(r**3 / 3.99e14) / 60)
rr1 = RE
print("   dv1 with r1 = R_E [m/s] =", math.sqrt(mu / rr1) * (math.sqrt(2 * r2 / (rr1 + r2)) - 1))
print("   27**1.5 =", 27 ** 1.5)
rp, ra = 7000, 14000
print("4 e =", Fraction(ra - rp, ra + rp), float(Fraction(ra - rp, ra + rp)))
print("5 true (v = sqrt(mu/r) decreases, T ~ r^1.5 increases with r)")

# agreement with key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for pid, val in {"1a": 4 ** 1.5, "1b": 27 ** (2 / 3), "2a": v / 1e3, "2b": T / 60, "3a": at / 1e3, "3b": dv1,
                 "4": float(Fraction(ra - rp, ra + rp))}.items():
    k = key[pid]
    kv = float(Fraction(k["answer"])) if isinstance(k["answer"], str) else k["answer"]
    assert abs(val - kv) <= k.get("tolerance", 1e-9), (pid, val, k)
print("key agrees")
