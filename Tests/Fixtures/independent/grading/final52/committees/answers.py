#!/usr/bin/env python3
"""Compute every key value of committees and check it against key.yaml (brute force where cheap)."""
import os, sys
from fractions import Fraction
from itertools import combinations, permutations
from math import comb, factorial
import yaml

here = os.path.dirname(os.path.abspath(__file__))
key = yaml.safe_load(open(os.path.join(here, "key.yaml")))["parts"]

members = list(range(12))          # 0..6 women, 7..11 men
women = set(range(7))
five = list(combinations(members, 5))
v = {}
v["1a"] = len(five)
v["1b"] = sum(1 for c in five if len(women & set(c)) == 3)
v["1c.i"] = sum(1 for c in five if len(set(c) - women) >= 1)
v["1c.ii"] = Fraction(v["1c.i"], v["1a"])
ana, ben = 0, 7
v["2"] = sum(1 for s in permutations(members, 3) if not (ana in s and ben in s))
v["3a"] = sum(len(c) for c in combinations(members, 4))
# 3b: check the closed form n*2^(n-1) for n = 1..15
assert all(sum(k * comb(n, k) for k in range(1, n + 1)) == n * 2 ** (n - 1) for n in range(1, 16))
q4 = factorial(12) // (factorial(4) ** 3 * factorial(3))
options = {"A": 34650, "B": 5775, "C": 495, "D": 15400}

ok = True
for pid, val in v.items():
    k = key[pid]["answer"]
    good = (Fraction(k) if isinstance(k, str) else k) == val
    ok &= good
    print(f"{pid:>5}: {val}   key {k}   {'OK' if good else 'MISMATCH'}")
print(f"   3b: n*2^(n-1) verified for n=1..15   key {key['3b']['expression']}")
print(f"    4: {q4} -> option {[l for l, x in options.items() if x == q4]}   key {key['4']['choice']}")
ok &= options[key["4"]["choice"]] == q4 and key["3b"]["expression"] == "n*2^(n-1)"
sys.exit(0 if ok else 1)
