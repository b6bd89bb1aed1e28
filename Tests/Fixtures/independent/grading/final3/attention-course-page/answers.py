#!/usr/bin/env python3
"""Computes every numeric key value of attention-course-page."""
import numpy as np

q = np.array([1.0, 2.0])
K = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
V = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]])
s = K @ q / np.sqrt(2)
a = np.exp(s - s.max()); a /= a.sum()
o = a @ V
print("1a scores  =", s, "->", np.round(s, 3))
print("1b weights =", a, "->", np.round(a, 3))
print("1c output  =", o, "->", np.round(o, 3))

d, dff = 512, 2048
mha = 4 * (d * d + d)
ffn = d * dff + dff + dff * d + d
ln = 2 * (2 * d)
print("2a MHA     =", mha)
print("2b FFN     =", ffn)
print("2c layer   =", mha + ffn + ln)
B, h, n = 32, 8, 128
print("3a shape   =", (B, h, n, n))
print("3b C  (O(n^2))")

# ---- compare with key.yaml -------------------------------------------------
import os, sys, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
computed = {"1a": s, "1b": a, "1c": o, "2a": mha, "2b": ffn, "2c": mha + ffn + ln}
bad = 0
for pid, val in computed.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    ok = np.allclose(np.array(k["answer"], dtype=float), val, atol=tol, rtol=0)
    bad += not ok
    print(f"  key {pid}: {k['answer']} vs computed {np.round(val, 6)} -> {'OK' if ok else 'MISMATCH'}")
assert key["3a"]["shape"] == [B, h, n, n] and key["3b"]["choice"] == "C"
sys.exit(1 if bad else 0)
