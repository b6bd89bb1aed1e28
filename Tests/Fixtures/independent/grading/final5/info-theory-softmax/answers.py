#!/usr/bin/env python3
"""Computes every key value for the information-theory / softmax numerics set."""
import numpy as np

p = np.array([1/2, 1/4, 1/8, 1/8])
q = np.array([1/8, 1/8, 1/4, 1/2])
H = -(p * np.log2(p)).sum()
KL = (p * np.log2(p / q)).sum()
print("1a H(p) bits =", H)
print("1b KL(p||q) bits =", KL)
print("1c H(p,q) >= H(p) for all q (Gibbs) -> true; H(p,q) here =", -(p*np.log2(q)).sum())

z = np.array([1000.0, 1001.0, 1002.0])
m = z.max()
s = np.exp(z - m) / np.exp(z - m).sum()
lse = m + np.log(np.exp(z - m).sum())
print("2a softmax =", np.round(s, 3), s)
print("2b logsumexp =", round(lse, 3), lse)
print("2c choice B (subtract the max before exponentiating)")

z3 = np.array([1.5, -0.5, 0.0, 2.0])
y = 2  # third class, zero-based index 2
p3 = np.exp(z3 - z3.max()); p3 /= p3.sum()
loss = -np.log(p3[y])
g = p3.copy(); g[y] -= 1
print("3a CE loss nats =", round(loss, 3), loss)
print("3b grad =", np.round(g, 3), g)

# --- agreement with key.yaml
import os, yaml
from fractions import Fraction
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
computed = {"1a": H, "1b": KL, "2a": s, "2b": lse, "3a": loss, "3b": g}
for pid, val in computed.items():
    want = np.array(key[pid]["answer"], float)
    tol = key[pid].get("tolerance", 1e-9)
    assert np.all(abs(np.array(val) - want) <= tol + 1e-12), (pid, val, want)
assert key["1c"]["text"] == "true" and key["2c"]["choice"] == "B"
print("key agrees")
