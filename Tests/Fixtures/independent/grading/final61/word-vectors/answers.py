#!/usr/bin/env python3
"""Compute every value of the word-vectors key.

Prints one line per key part: `<part>: <json value>`.
"""
import json
import math

import numpy as np

x = {
    "cat": np.array([1.0, 2.0, 2.0]),
    "dog": np.array([2.0, 1.0, 2.0]),
    "car": np.array([2.0, -2.0, 1.0]),
    "bus": np.array([1.0, -2.0, 2.0]),
}


def cos(a, b):
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


out = {}
out["1a"] = round(cos(x["cat"], x["dog"]), 9)                       # 8/9
out["1b"] = round(float(np.linalg.norm(x["cat"] - x["dog"])), 9)    # sqrt(2)
q = x["dog"] - x["cat"] + x["car"]
out["1c"] = [int(v) for v in q]
letters = {"cat": "A", "dog": "B", "car": "C", "bus": "D"}
out["1d"] = letters[max(x, key=lambda w: cos(x[w], q))]
V, d = 10_000, 300
out["2a"] = 2 * V * d
out["2b"] = [V, d]


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


s_pos, negs = 2.0, [0.0] * 5
out["2c.i"] = round(-math.log(sigmoid(s_pos)) - sum(math.log(sigmoid(-s)) for s in negs), 9)
# 2c.ii: d/ds [-log sigmoid(s)] = sigmoid(s) - 1; check numerically at a few points
h = 1e-6
for s in (-1.5, 0.0, 2.0):
    num = (-math.log(sigmoid(s + h)) + math.log(sigmoid(s - h))) / (2 * h)
    assert abs(num - (sigmoid(s) - 1.0)) < 1e-6
out["2c.ii"] = "1/(1+exp(-s)) - 1"

for k, v in out.items():
    print(f"{k}: {json.dumps(v)}")
