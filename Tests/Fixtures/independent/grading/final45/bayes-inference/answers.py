#!/usr/bin/env python3
"""Compute every numeric key value of the bayes-inference set and check key.yaml."""
import os
from fractions import Fraction as Fr
import yaml

prev, sens, spec = Fr(2, 100), Fr(95, 100), Fr(90, 100)
fpr = 1 - spec
p1a = prev * sens / (prev * sens + (1 - prev) * fpr)
p_pp = prev * sens**2 / (prev * sens**2 + (1 - prev) * fpr**2)
p_pn = prev * sens * (1 - sens) / (prev * sens * (1 - sens) + (1 - prev) * fpr * spec)

a, b, h, n = 2, 2, 7, 10
post = (a + h, b + n - h)
mean = Fr(post[0], post[0] + post[1])
mapv = Fr(post[0] - 1, post[0] + post[1] - 2)
# 2d: (h+2)/(n+4) -- check against the conjugate update for every h <= n <= 20
for nn in range(0, 21):
    for hh in range(0, nn + 1):
        assert Fr(a + hh, a + b + nn) == Fr(hh + 2, nn + 4)

counts = [4, 2, 5]
ga, gb = 3 + sum(counts), 2 + len(counts)
pmean = Fr(ga, gb)

vals = {"1a": p1a, "1b.i": p_pp, "1b.ii": p_pn, "2a": post, "2b": mean, "2c": mapv, "3": pmean}
for k, v in vals.items():
    print(k, v, float(v) if isinstance(v, Fr) else "")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k in ["1a", "1b.i", "1b.ii", "2b", "2c"]:
    assert Fr(key[k]["answer"]) == vals[k], k
assert tuple(key["2a"]["answer"]) == post
assert Fr(str(key["3"]["answer"])) == pmean
print("key agrees")
