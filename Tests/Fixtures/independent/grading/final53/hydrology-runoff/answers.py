#!/usr/bin/env python3
"""Compute every numeric key value for hydrology-runoff and compare with key.yaml."""
import sys, yaml, pathlib

vals = {}
# 1 rational method
vals["1a"] = 0.45 * 62 * 36 / 360
vals["1b"] = (12 * 0.90 + 24 * 0.45) / 36
# 2 SCS
S = 25400 / 78 - 254
Ia = 0.2 * S
P = 110
vals["2a"] = S
vals["2b"] = (P - Ia) ** 2 / (P - Ia + S)
# 3 Darcy
i = 2.4 / 800
A = 18 * 500
vals["3a"] = 25 * i * A
v = 25 * i / 0.30
vals["3b"] = v
vals["3c"] = 800 / v / 365
# 4 Thiessen
vals["4"] = (42 * 120 + 55 * 80 + 38 * 50) / 250

key = yaml.safe_load(open(pathlib.Path(__file__).with_name("key.yaml")))["parts"]
ok = True
for pid, val in vals.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    good = abs(val - k["answer"]) <= tol + 1e-12
    ok &= good
    print(f"{pid:4s} computed {val:.6g}   key {k['answer']}  tol {tol}  {'OK' if good else 'MISMATCH'}")
sys.exit(0 if ok else 1)
