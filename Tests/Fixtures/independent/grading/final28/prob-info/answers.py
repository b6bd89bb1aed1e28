#!/usr/bin/env python3
"""Computes every numeric key value of prob-info/key.yaml and checks it against the key."""
from fractions import Fraction as F
import numpy as np, yaml, os, sys

prev, sens, spec = F(2, 100), F(95, 100), F(90, 100)
p_pos = prev * sens + (1 - prev) * (1 - spec)
post1 = prev * sens / p_pos
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * (1 - spec)**2)

p = np.array([1/2, 1/4, 1/8, 1/8]); q = np.full(4, 1/4)
H = float(-(p * np.log2(p)).sum()); KL = float((p * np.log2(p / q)).sum())
# Huffman code lengths for a dyadic distribution are -log2 p: 1,2,3,3
huff_len = float((p * np.array([1, 2, 3, 3])).sum())
tf = "true" if abs(huff_len - H) < 1e-12 else "false"

def h2(a):
    return 0.0 if a in (0, 1) else -(a*np.log2(a) + (1-a)*np.log2(1-a))
ig = h2(0.5) - (0.5 * h2(6/8) + 0.5 * h2(2/8))

xs = np.array([2, 4, 4, 4, 5, 5, 7, 9], float)
s2 = F(int(((xs - xs.mean())**2).sum()), len(xs) - 1)

computed = {"4.1a": p_pos, "4.1b": post1, "4.1c": post2, "4.2a": H, "4.2b": KL,
            "4.2c": tf, "4.3": ig, "4.4": s2}
for k, v in computed.items():
    print(k, v, "" if isinstance(v, str) else f"= {float(v):.6f}")

def num(a):
    return float(F(a)) if isinstance(a, str) else float(a)
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k, v in computed.items():
    e = key[k]
    if "answer" in e:
        good = abs(num(e["answer"]) - float(v)) <= e.get("tolerance", 1e-9)
    else:
        good = e["text"] == v
    if not good:
        ok = False; print("MISMATCH", k, v, e)
print("key agrees" if ok else "KEY DISAGREES"); sys.exit(0 if ok else 1)
