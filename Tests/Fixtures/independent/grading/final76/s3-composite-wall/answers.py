#!/usr/bin/env python3
"""Compute every numeric key value for s3-composite-wall and check key.yaml agrees."""
import os, yaml
hi, ho, Ti, To, A = 8.0, 25.0, 21.0, -4.0, 12.0
layers = [("plaster", 0.015, 0.22), ("insulation", 0.050, 0.040), ("brick", 0.200, 0.72)]
R_layers = {n: L / k for n, L, k in layers}
R = 1 / hi + sum(R_layers.values()) + 1 / ho
q = (Ti - To) / R
v = {}
v["4.1a"] = R
v["4.1b"] = 1 / R
v["4.1c"] = q * A
v["4.1d"] = To + q * (1 / ho + R_layers["brick"])
largest = max(R_layers, key=R_layers.get)
v["4.2"] = (1 / 0.30 - (R - R_layers["insulation"])) * 0.040 * 1000
v["4.3a"] = 45 * 3.0 / 0.008
for k, x in v.items():
    print(f"{k}: {x:.6g}")
print("4.1e:", largest, " 4.3b: true")
key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
for k, x in v.items():
    assert abs(key[k]["answer"] - x) <= key[k].get("tolerance", 1e-9), (k, key[k], x)
assert largest == "insulation" and key["4.1e"]["choice"] == "B"
assert key["4.3b"]["text"] == "true"
print("key agrees")
