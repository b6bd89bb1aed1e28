#!/usr/bin/env python3
"""Compute every key value of HW4 and check against key.yaml."""
import os, numpy as np, yaml

vals = {}
# 1: coupled L2 weight decay
w, g, lr, lam = 2.0, 0.5, 0.1, 0.01
vals["1"] = w - lr * (g + lam * w)
# 2: inverted dropout, drop rate p, keep q = 1 - p
h, p = 3.0, 0.2
q = 1 - p
vals["2a"] = h / q
vals["2b"] = q * (h / q) ** 2 - h ** 2          # E[y^2] - E[y]^2
# 3: batch norm
x = np.array([2, 4, 4, 6], float)
mu, var_b, var_u = x.mean(), x.var(), x.var(ddof=1)
vals["3a"] = (6 - mu) / np.sqrt(var_b)
vals["3b"] = 0.9 * 1.0 + 0.1 * var_u             # running stats use the unbiased variance
# 4: transformer layer
d, H, ff, B, T = 64, 4, 256, 8, 10
attn = 4 * (d * d + d)
ffn = d * ff + ff + ff * d + d
ln = 2 * 2 * d
vals["4a"] = attn
vals["4b"] = attn + ffn + ln
shape = [B, H, T, T]

for k, v in vals.items():
    print(k, round(float(v), 6))
print("4c", shape)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k, v in vals.items():
    tol = key[k].get("tolerance", 1e-9)
    assert abs(key[k]["answer"] - v) <= tol, (k, key[k], v)
assert key["4c"]["shape"] == shape
print("key agrees")
