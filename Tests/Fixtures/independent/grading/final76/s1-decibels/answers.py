#!/usr/bin/env python3
"""Compute every numeric key value for s1-decibels and check key.yaml agrees."""
import math, os, yaml
I0, p0 = 1e-12, 20e-6
v = {}
v["1a"] = 10 * math.log10(3.2e-5 / I0)
v["1b"] = 10 * math.log10(2 * 3.2e-5 / I0)
v["1c"] = I0 * 10 ** (92 / 10)
v["2a"] = 88 - 20 * math.log10(32 / 4.0)
v["2b"] = 4.0 * 10 ** ((88 - 70) / 20)
v["3a"] = 20 * math.log10(0.20 / p0)
# 2c: +10 dB means 10x intensity -> 10 sources (C); 3b: doubling pressure = +6.02 dB -> false
for k, x in v.items():
    print(f"{k}: {x:.6g}")
key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
for k, x in v.items():
    e = key[k]
    tol = e.get("tolerance", 1e-9)
    assert abs(e["answer"] - x) <= tol, (k, e, x)
assert key["2c"]["choice"] == "C" and key["3b"]["text"] == "false"
print("key agrees")
