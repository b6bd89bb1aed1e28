#!/usr/bin/env python3
"""Compute every numeric key value of the nernst-electrochem set and check key.yaml."""
import math, os
import yaml

F, R, T = 96485.0, 8.314, 298.15
E_cu, E_zn, E_ag = 0.34, -0.76, 0.80

E0 = E_cu - E_zn                                  # 4.1a
dG0 = -2 * F * E0 / 1000                          # 4.1b kJ/mol
E = E0 - R * T / (2 * F) * math.log(0.50 / 0.010) # 4.1c, Q = [Zn2+]/[Cu2+]
log10K = 2 * F * E0 / (R * T) / math.log(10)      # 4.1d
emf_mV = 1000 * R * T / F * math.log(0.10 / 0.0010)   # 4.2a
emf_mV_x10 = 1000 * R * T / F * math.log(1.0 / 0.010) # 4.2c: unchanged -> false
mass = 2.50 * 30.0 * 60 * 63.55 / (2 * F)          # 4.3

vals = {"4.1a": E0, "4.1b": dG0, "4.1c": E, "4.1d": log10K, "4.2a": emf_mV,
        "4.2c": "true" if abs(emf_mV - emf_mV_x10) > 1e-9 else "false", "4.3": mass}
for k, v in vals.items():
    print(k, v)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert abs(key["4.1a"]["answer"] - E0) < 1e-12
assert round(dG0, 1) == -212.3 and abs(key["4.1b"]["answer"] - dG0) < 1e-3
assert round(E, 3) == 1.050 and abs(key["4.1c"]["answer"] - E) < 1e-4
assert round(log10K, 2) == 37.19 and abs(key["4.1d"]["answer"] - log10K) < 1e-3
assert round(emf_mV, 1) == 118.3 and abs(key["4.2a"]["answer"] - emf_mV) < 0.01
assert key["4.2c"]["text"] == vals["4.2c"]
assert round(mass, 2) == 1.48 and abs(key["4.3"]["answer"] - mass) < 1e-3
print("key agrees")
