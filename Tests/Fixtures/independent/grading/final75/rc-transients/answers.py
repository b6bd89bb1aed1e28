#!/usr/bin/env python3
"""Compute every numeric key value for rc-transients and check key.yaml agrees."""
import math, sys, yaml, os

V, R, C = 12.0, 2200.0, 470e-6
tau = R * C
vals = {
    "1a": tau,                                   # s
    "1b": V * (1 - math.exp(-1.5 / tau)),        # V
    "1c": V / R * 1000,                          # mA
    "1d": -tau * math.log(1 - 9 / V),            # s
    "1e": 0.5 * C * V**2 * 1000,                 # mJ
    "2a": 50e-3 / 20 * 1000,                     # ms
}
frac5 = 1 - math.exp(-5)                         # 1f: 0.9933 -> choice D (99.3 %)
i0_rl = 0.0                                      # 2b: inductor current cannot jump -> 0 A, statement false
for k, v in vals.items():
    print(f"{k}: {v:.6g}")
print(f"1f: 1-e^-5 = {frac5:.4f} -> D")
print(f"2b: i(0+) = {i0_rl} A (final 10/20 = 0.5 A) -> false")

key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
ok = True
for k, v in vals.items():
    tol = key[k].get("tolerance", 1e-9 * max(1, abs(v)))
    if abs(key[k]["answer"] - v) > tol:
        print("MISMATCH", k, key[k]["answer"], v); ok = False
ok &= key["1f"]["choice"] == "D" and abs(frac5 - 0.993) < 0.001
ok &= key["2b"]["text"] == "false"
print("key agrees" if ok else "KEY DISAGREES")
sys.exit(0 if ok else 1)
