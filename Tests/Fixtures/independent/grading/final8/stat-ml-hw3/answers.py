#!/usr/bin/env python3
"""Computes every numeric key value of stat-ml-hw3 and checks key.yaml against it."""
import math, os, yaml
from fractions import Fraction

prev, sens, spec = 0.02, 0.95, 0.90
p_pos = prev * sens + (1 - prev) * (1 - spec)
post1 = prev * sens / p_pos
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * (1 - spec) ** 2)

def H(p):
    return -sum(q * math.log2(q) for q in (p, 1 - p) if q > 0)

h_root = H(10 / 16)
ig = h_root - (8 / 16) * H(7 / 8) - (8 / 16) * H(3 / 8)

# 3b: P(X >= 3), X ~ Bin(4, 1/2)
p3b = sum(Fraction(math.comb(4, k), 16) for k in (3, 4))
options = {"A": Fraction(1, 4), "B": Fraction(5, 16), "C": Fraction(11, 16), "D": Fraction(3, 8), "E": Fraction(1, 2)}
choice = [k for k, v in options.items() if v == p3b][0]

# 2c: check d/dp H(p) = log2((1-p)/p) numerically
for p in (0.1, 0.37, 0.8):
    e = 1e-6
    num = (H(p + e) - H(p - e)) / (2 * e)
    assert abs(num - math.log2((1 - p) / p)) < 1e-6

vals = {"1a": p_pos, "1b": post1, "1c": post2, "2a": h_root, "2b": ig}
for k, v in vals.items():
    print(f"{k}: {v:.6f}  (3 d.p. {v:.3f})")
print("3b:", p3b, "->", choice)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k, v in vals.items():
    tol = key[k].get("tolerance", 1e-9)
    assert abs(key[k]["answer"] - v) <= tol, (k, key[k], v)
assert key["3b"]["choice"] == choice
assert key["3a"]["text"] == "false"
print("key agrees")
