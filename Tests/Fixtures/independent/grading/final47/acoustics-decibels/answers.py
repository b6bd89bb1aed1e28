#!/usr/bin/env python3
"""Compute every numeric key value of acoustics-decibels and check key.yaml."""
import math, os, yaml

I0, v = 1.0e-12, 343.0
vals = {}
vals["1a"] = 10 * math.log10(3.2e-5 / I0)
vals["1b"] = 10 * math.log10(2 * 10 ** (70.0 / 10))
I = 0.50 / (4 * math.pi * 20.0 ** 2)
vals["1c"] = 10 * math.log10(I / I0)
vals["1d"] = 20 * math.log10(50.0 / 20.0)
vals["2a"] = 960 * v / (v - 25.0)
vals["2b"] = 3 * v / (4 * 0.850)          # closed pipe: odd harmonics only
# 2(c): 10*log10(100) = 20 dB -> choice C ; 2(d): 20*log10(2) = 6.02 dB -> false
vals["2c_dB"] = 10 * math.log10(100)
vals["2d_dB"] = 20 * math.log10(2)

for k, x in vals.items():
    print(f"{k}: {x:.6f}")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k in ["1a", "1b", "1c", "1d", "2a", "2b"]:
    e = key[k]
    assert abs(vals[k] - e["answer"]) <= e.get("tolerance", 1e-9), (k, vals[k], e)
assert abs(vals["2c_dB"] - 20) < 1e-9 and key["2c"]["choice"] == "C"
assert abs(vals["2d_dB"] - 3) > 2 and key["2d"]["text"] == "false"
print("key agrees")
