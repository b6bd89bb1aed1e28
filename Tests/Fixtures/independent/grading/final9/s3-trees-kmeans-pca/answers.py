#!/usr/bin/env python3
"""Compute every numeric key value of COMP 3361 Worksheet 6 and check key.yaml agrees."""
import os
from fractions import Fraction
import numpy as np
import yaml

here = os.path.dirname(os.path.abspath(__file__))
key = yaml.safe_load(open(os.path.join(here, "key.yaml")))["parts"]

def H(p, log=np.log2):
    return -sum(q * log(q) for q in p if q > 0)

root = H([12/16, 4/16])
cond = 0.5 * H([7/8, 1/8]) + 0.5 * H([5/8, 3/8])
ig = root - cond
gini = 1 - (12/16) ** 2 - (4/16) ** 2

X = np.array([[1, 1], [2, 1], [4, 3], [5, 4], [1, 2]], float)
C = np.array([[1, 1], [5, 4]], float)
assign = np.argmin(((X[:, None, :] - C[None]) ** 2).sum(-1), axis=1)
Cn = np.array([X[assign == k].mean(0) for k in range(2)])
sse = Fraction(0)
for k in range(2):
    pts = [tuple(map(Fraction, map(int, p))) for p in X[assign == k]]
    cx = sum(p[0] for p in pts) / len(pts); cy = sum(p[1] for p in pts) / len(pts)
    sse += sum((p[0] - cx) ** 2 + (p[1] - cy) ** 2 for p in pts)
sse_old = ((X - C[assign]) ** 2).sum()

S = np.array([[3, 1], [1, 3]], float)
vals, vecs = np.linalg.eigh(S)
frac = Fraction(int(round(vals[-1])), int(round(vals.sum())))
first_dir = vecs[:, -1]

def check(pid, val):
    k = key[pid]
    kv = k.get("answer")
    if isinstance(kv, str):
        ok = Fraction(kv) == val
    else:
        ok = np.allclose(np.array(val, float), np.array(kv, float), atol=k.get("tolerance", 1e-9), rtol=0)
    print(f"{pid}: computed {val}  key {kv}  {'OK' if ok else 'MISMATCH'}")
    assert ok, pid

check("1a", root); check("1b", ig); check("1c", gini)
check("2a", Cn[1].tolist()); check("2b", sse); check("3a", frac)
is_claim_true = np.allclose(abs(first_dir), np.array([1, 1]) / np.sqrt(2)) and np.sign(first_dir[0]) != np.sign(first_dir[1])
print("3b: first direction", first_dir, "claim (1,-1)/sqrt2 true?", bool(is_claim_true), " key", key["3b"]["text"])
assert key["3b"]["text"] == ("true" if is_claim_true else "false")
print("extra: rounded", round(root, 3), round(ig, 3), " nats:", round(H([.75, .25], np.log), 4), round(ig * np.log(2), 4),
      " SSE with old centroids:", sse_old, " c1 new:", Cn[0])
