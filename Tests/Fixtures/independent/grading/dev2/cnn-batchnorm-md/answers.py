#!/usr/bin/env python3
"""Compute every value of cnn-batchnorm-md/key.yaml and compare with the key."""
import os
import sys

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_out(n, k, s, p, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


vals = {}

# Problem 1
C, H, W = 3, 32, 32
c1 = (16, conv_out(H, 5, 1, 2), conv_out(W, 5, 1, 2))
vals["1a"] = ("shape", list(c1))
vals["1b"] = ("answer", 16 * 3 * 5 * 5 + 16)              # nn.Conv2d has bias=True by default
pooled = (16, c1[1] // 2, c1[2] // 2)
c2 = (32, conv_out(pooled[1], 3, 2, 0), conv_out(pooled[2], 3, 2, 0))
vals["1c"] = ("shape", list(c2))
vals["1d"] = ("answer", c1[0] * c1[1] * c1[2] * (3 * 5 * 5))

# Problem 2
x = np.array([1, 3, 5, 7], dtype=float)
var = x.var()                      # biased
vals["2a"] = ("answer", var)
vals["2b"] = ("answer", 2 * (7 - x.mean()) / np.sqrt(var) + 1)

# Problem 3(a): parameter counts
counts = {
    "A": 512 * 256 + 256,
    "B": 64 * 128 * 3 * 3 + 128,
    "C": 4 * (128 * 128 + 128 * 128 + 128 + 128),   # W_ih, W_hh, b_ih, b_hh
    "D": 1000 * 128,
}
print("3a counts:", counts)
vals["3a"] = ("choice", max(counts, key=counts.get))

# Problem 3(b)
standard = 64 * 64 * 3 * 3
separable = 64 * 3 * 3 + 64 * 64
print("3b: separable", separable, "standard/8", standard / 8)
vals["3b"] = ("text", "true" if separable < standard / 8 else "false")

with open(os.path.join(HERE, "key.yaml")) as fh:
    key = yaml.safe_load(fh)["parts"]

bad = 0
for pid, (kind, val) in vals.items():
    entry = key[pid]
    if kind == "answer":
        tol = entry.get("tolerance", 1e-9)
        ok = abs(float(val) - float(entry["answer"])) <= tol
        shown = round(float(val), 6)
    else:
        ok = entry[kind] == val
        shown = val
    print(f"{pid}: computed {shown}  key {entry}  {'OK' if ok else 'MISMATCH'}")
    bad += not ok
missing = set(key) - set(vals)
if missing:
    print("key parts without a computed value:", sorted(missing))
    bad += 1
sys.exit(1 if bad else 0)
