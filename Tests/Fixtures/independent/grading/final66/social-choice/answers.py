#!/usr/bin/env python3
"""Compute every key value for the social-choice set (ECON 3150 Problem Sheet 4)."""
import itertools
import math
from fractions import Fraction

profile = [(8, "ABCD"), (6, "BCDA"), (4, "CDBA"), (3, "DCBA")]
cands = "ABCD"

first = {c: sum(n for n, r in profile if r[0] == c) for c in cands}
print("4.1a", max(first, key=first.get), first)

borda = {c: sum(n * (3 - r.index(c)) for n, r in profile) for c in cands}
print("4.1b", [borda[c] for c in cands])

def beats(x, y, prof):
    return sum(n for n, r in prof if r.index(x) < r.index(y)) > sum(n for n, r in prof if r.index(y) < r.index(x))
cw = [c for c in cands if all(beats(c, d, profile) for d in cands if d != c)]
print("4.1c", cw)

alive = set(cands)
while True:
    tally = {c: 0 for c in alive}
    for n, r in profile:
        tally[next(c for c in r if c in alive)] += n
    top = max(tally, key=tally.get)
    if tally[top] * 2 > 21:
        print("4.1d", top, tally)
        break
    alive.remove(min(tally, key=tally.get))

RA, RB, K = 1600, 1450, 32
EA = 1 / (1 + 10 ** ((RB - RA) / 400))
print("4.2a", round(EA, 6))
print("4.2b", round(RA + K * (0 - EA), 4))
D = 400 * math.log10(9)
print("4.2c", round(D, 4), "->", round(D))

orders = list(itertools.permutations("XYZ"))
cyc = 0
for prof in itertools.product(orders, repeat=3):
    pr = [(1, "".join(o)) for o in prof]
    if not any(all(beats(c, d, pr) for d in "XYZ" if d != c) for c in "XYZ"):
        cyc += 1
print("4.3", Fraction(cyc, len(orders) ** 3), "=", cyc / len(orders) ** 3)
