#!/usr/bin/env python3
"""Compute every key value for rotational-dynamics and check key.yaml."""
import math, os, sys
g = 9.81
M, R = 2.0, 0.15
I = 0.5 * M * R**2
omega = 300 * 2 * math.pi / 60
alpha = omega / 4.0
tau = I * alpha
revs = 0.5 * alpha * 4.0**2 / (2 * math.pi)
h = 1.20
v_sphere = math.sqrt(2 * g * h / (1 + 2 / 5))   # sqrt(10gh/7)
v_hoop = math.sqrt(2 * g * h / (1 + 1))         # sqrt(gh)
first = "B" if v_sphere > v_hoop else "A"
frac_rot_hoop = (0.5 * 1) / (0.5 * 1 + 0.5 * 1)  # I = mR^2: rot KE = trans KE
w_f = 3.6 * 2.0 / 1.2 * 2 * math.pi

vals = {"4.1a": I, "4.1b": alpha, "4.1c": tau, "4.1d": revs, "4.2a": v_sphere,
        "4.2b": first, "4.2c": frac_rot_hoop, "4.3": w_f}
for k, v in vals.items():
    print(k, v)
print("(hoop speed for reference:", v_hoop, ")")
try:
    import yaml
except ImportError:
    sys.exit(0)
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k in ["4.1a", "4.1b", "4.1c", "4.1d", "4.2a", "4.3"]:
    ok &= abs(key[k]["answer"] - vals[k]) < 1e-9
ok &= key["4.2b"]["choice"] == first
from fractions import Fraction
ok &= float(Fraction(key["4.2c"]["answer"])) == frac_rot_hoop
print("key agrees" if ok else "KEY MISMATCH")
sys.exit(0 if ok else 1)
