#!/usr/bin/env python3
"""Computes every numeric key value of entropy-bayes-exam and checks key.yaml agrees."""
from fractions import Fraction
import math, re, pathlib

def H(*counts):
    n = sum(counts)
    return -sum(c / n * math.log2(c / n) for c in counts if c)

h_root = H(10, 6)
ig1 = h_root - (8 / 16 * H(7, 1) + 8 / 16 * H(3, 5))
ig2 = h_root - (4 / 16 * H(4, 0) + 12 / 16 * H(6, 6))
choice = "A" if ig1 > ig2 else ("B" if ig2 > ig1 else "C")
gini = 1 - Fraction(10, 16) ** 2 - Fraction(6, 16) ** 2
p_pos = 0.02 * 0.95 + 0.98 * 0.10
post = 0.02 * 0.95 / p_pos
post2 = 0.02 * 0.95 ** 2 / (0.02 * 0.95 ** 2 + 0.98 * 0.10 ** 2)

vals = {"1a": round(h_root, 3), "1b": round(ig1, 3), "1c": round(ig2, 3), "1d": choice,
        "1e": float(gini), "2a": round(p_pos, 3), "2b": round(post, 3), "2c": "true" if post2 > 0.5 else "false"}
print(f"H(Y)={h_root:.6f} IG1={ig1:.6f} IG2={ig2:.6f} gini={gini}={float(gini)} P(+)={p_pos:.6f} P(D|+)={post:.6f} P(D|++)={post2:.6f}")
for k, v in vals.items():
    print(k, v)

key = pathlib.Path(__file__).with_name("key.yaml").read_text()
for k, v in vals.items():
    m = re.search(r'^\s*"?%s"?:\s*\{\s*(\w+):\s*"?([^,}"]+)"?' % re.escape(k), key, re.M)
    assert m, k
    kv = m.group(2).strip()
    if isinstance(v, str):
        assert kv.lower() == v.lower(), (k, kv, v)
    else:
        assert abs(float(kv) - v) < 1e-9, (k, kv, v)
print("key agrees")
