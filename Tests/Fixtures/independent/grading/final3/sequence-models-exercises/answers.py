#!/usr/bin/env python3
"""Computes every numeric key value of sequence-models-exercises."""
from fractions import Fraction
from math import tanh, sqrt

I, H = 64, 128
lstm = 4 * (H * I + H * H + H + H)   # PyTorch: W_ih, W_hh, b_ih, b_hh per gate
gru = 3 * (H * I + H * H + H + H)
print("4.1a LSTM params =", lstm, "(single-bias variant would be", 4 * (H * I + H * H + H), ")")
print("4.1b GRU params  =", gru, "(single-bias variant would be", 3 * (H * I + H * H + H), ")")

w, u, h = 0.5, 1.0, 0.0
for x in (1.0, -1.0):
    h = tanh(w * h + u * x)
print("4.2  h2          =", h, "->", round(h, 3))

spam = 0.4 * 0.5 * 0.5 * 0.1
ham = 0.6 * 0.1 * 0.1 * 0.4
post = spam / (spam + ham)
print("4.3a P(spam|e)   =", post, "->", round(post, 3))
print("4.3b P(offer|spam) =", Fraction(0 + 1, 20 + 50))

print("4.4  width       =", 2 / sqrt(3**2 + 4**2))

# ---- compare with key.yaml -------------------------------------------------
import os, sys, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
computed = {"4.1a": lstm, "4.1b": gru, "4.2": h, "4.3a": post, "4.4": 2 / sqrt(3**2 + 4**2)}
bad = 0
for pid, val in computed.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    ok = abs(float(k["answer"]) - val) <= tol
    bad += not ok
    print(f"  key {pid}: {k['answer']} vs computed {val:.6g} -> {'OK' if ok else 'MISMATCH'}")
assert Fraction(key["4.3b"]["answer"]) == Fraction(1, 70)
sys.exit(1 if bad else 0)
