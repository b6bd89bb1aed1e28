#!/usr/bin/env python3
"""Compute every numeric key value of phys101-ps6 and check key.yaml agrees."""
import math, os, sys
import yaml

g, ke, R = 9.8, 8.99e9, 8.314
v0, th = 20.0, math.radians(30)
t_flight = 2 * v0 * math.sin(th) / g
h_max = (v0 * math.sin(th))**2 / (2 * g)
m, k, x = 0.50, 200.0, 0.10
v_leave = x * math.sqrt(k / m)
period = 2 * math.pi * math.sqrt(m / k)
q1, q2, d = 3.0e-6, -5.0e-6, 0.30
force = ke * abs(q1 * q2) / d**2
v_mid = ke * (q1 + q2) / (d / 2)
p = 2.00 * R * 300 / 50.0e-3

vals = {"1a": t_flight, "1b": h_max, "2a": v_leave, "2b": period,
        "3a": force, "3c": v_mid, "4": p}
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for kk, v in vals.items():
    e = key[kk]
    tol = e.get("tolerance", 1e-9)
    good = abs(e["answer"] - v) <= tol
    print(f"{kk:>3} computed {v:.6g}  key {e['answer']} ± {tol}  {'OK' if good else 'MISMATCH'}")
    ok &= good
print("3b: q1 > 0, q2 < 0 -> attractive -> force on q2 points toward q1 -> (A)")
sys.exit(0 if ok else 1)
