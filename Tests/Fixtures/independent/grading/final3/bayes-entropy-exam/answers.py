#!/usr/bin/env python3
"""Computes every numeric key value of bayes-entropy-exam."""
from math import log2, log

sens, spec, prev = 0.95, 0.90, 0.02
fpr = 1 - spec
p_pos = prev * sens + (1 - prev) * fpr
post1 = prev * sens / p_pos
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * fpr**2)
print("1a P(+)            =", round(p_pos, 10))
print("1b P(D|+)          =", post1, "->", round(post1, 3))
print("1c P(D|+,+)        =", post2, "->", round(post2, 3))

p = [1/2, 1/4, 1/8, 1/8]
H = -sum(x * log2(x) for x in p)
kl = sum(x * log2(x / 0.25) for x in p)
print("2a H(X) bits       =", H)
print("2b KL(p||u) bits   =", kl)
# 2c: d/dq [-q ln q - (1-q) ln(1-q)] = -ln q - 1 + ln(1-q) + 1 = ln((1-q)/q)
q, h = 0.3, 1e-6
Hn = lambda q: -q*log(q) - (1-q)*log(1-q)
print("2c check at q=0.3  =", (Hn(q+h) - Hn(q-h)) / (2*h), "vs", log((1-q)/q))

Hb = lambda a: 0.0 if a in (0, 1) else -a*log2(a) - (1-a)*log2(1-a)
ig = Hb(10/16) - 8/16 * Hb(7/8) - 8/16 * Hb(3/8)
print("3  IG bits         =", ig, "->", round(ig, 3))
print("4a B (KL >= 0, = 0 iff p = q)")
print("4b true")

# ---- compare with key.yaml -------------------------------------------------
import os, sys, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
computed = {"1a": p_pos, "1b": post1, "1c": post2, "2a": H, "2b": kl, "3": ig}
bad = 0
for pid, val in computed.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    ok = abs(float(k["answer"]) - val) <= tol
    bad += not ok
    print(f"  key {pid}: {k['answer']} vs computed {val:.6g} -> {'OK' if ok else 'MISMATCH'}")
assert key["4a"]["choice"] == "B" and key["4b"]["text"] == "true"
assert key["2c"]["expression"] == "ln((1-q)/q)"
sys.exit(1 if bad else 0)
