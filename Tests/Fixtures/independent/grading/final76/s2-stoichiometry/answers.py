#!/usr/bin/env python3
"""Compute every numeric key value for s2-stoichiometry and check key.yaml agrees."""
import os, yaml
Al, Cl, C, H, O = 26.98, 35.45, 12.011, 1.008, 15.999
Cl2, AlCl3 = 2 * Cl, Al + 3 * Cl
C3H8, CO2 = 3 * C + 8 * H, C + 2 * O
v = {}
n_al, n_cl2 = 10.0 / Al, 35.0 / Cl2
v["1a"] = n_al
limiting = "A" if n_al / 2 < n_cl2 / 3 else "B"      # A = Al, B = Cl2
n_prod = min(n_al, n_cl2 * 2 / 3)
v["1c"] = n_prod * AlCl3
v["1d"] = 10.0 - (n_cl2 * 2 / 3) * Al                 # Al is in excess
v["1e"] = 38.5 / v["1c"] * 100
n_p = 22.0 / C3H8
v["2b"] = n_p * 3 * CO2
v["2c"] = n_p * 5 * 22.4
for k, x in v.items():
    print(f"{k}: {x:.6g}")
print("1b:", limiting, " 2a: [1, 5, 3, 4]")
key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
for k, x in v.items():
    assert abs(key[k]["answer"] - x) <= key[k].get("tolerance", 1e-9), (k, key[k], x)
assert key["1b"]["choice"] == limiting
a, b, c, d = key["2a"]["answer"]
assert 3 * a == c and 8 * a == 2 * d and 2 * b == 2 * c + d
print("key agrees")
