#!/usr/bin/env python3
"""Compute every key value for the quantization set and check key.yaml."""
from fractions import Fraction as F
import os, sys

xmin, xmax = F(-3, 2), F(5, 2)
s = (xmax - xmin) / 255
z = round(-xmin / s)                 # 95.625 -> 96 (no tie)
def quant(x):
    return max(0, min(255, round(F(x) / s) + z))
xs = [F(0), F(-3, 2), F(7, 10), F(5, 2)]
q = [quant(x) for x in xs]
xhat3 = s * (q[2] - z)
N = 7 * 10**9
fp16_gb = F(N * 2, 10**9)
bits_per_w = F(4) + F(16, 128)
int4_gb = F(N) * bits_per_w / 8 / 10**9
ratio = F(N * 4, 10**9) / int4_gb
choices = {"A": 8, "B": 7.76, "C": 4, "D": 3.88}
best = min(choices, key=lambda k: abs(choices[k] - float(ratio)))
# symmetric int8 on non-negative data: only codes 0..127 are used out of 255
used = 128 / 255
tf = "true" if abs(used - 0.5) < 0.05 else "false"

vals = {"1a": s, "1b": z, "1c": q, "1d": xhat3, "2a": fp16_gb, "2b": int4_gb,
        "2c": best, "3": tf}
for k, v in vals.items():
    print(k, v, float(v) if isinstance(v, F) else "")

try:
    import yaml
except ImportError:
    sys.exit(0)
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
ok &= F(key["1a"]["answer"]) == s
ok &= key["1b"]["answer"] == z
ok &= key["1c"]["answer"] == q
ok &= F(key["1d"]["answer"]) == xhat3
ok &= key["2a"]["answer"] == fp16_gb
ok &= abs(key["2b"]["answer"] - float(int4_gb)) < 1e-12
ok &= key["2c"]["choice"] == best
ok &= key["3"]["text"] == tf
print("key agrees" if ok else "KEY MISMATCH")
sys.exit(0 if ok else 1)
