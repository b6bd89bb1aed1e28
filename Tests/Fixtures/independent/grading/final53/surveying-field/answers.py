#!/usr/bin/env python3
"""Compute every numeric key value for surveying-field and compare with key.yaml."""
import math, sys, yaml, pathlib
import numpy as np

vals = {}
hi1 = 150.000 + 1.432
tp1 = hi1 - 2.186
vals["1a"] = tp1
vals["1b"] = tp1 + 0.954 - 1.613
az = math.radians(52.5)
vals["2a"] = [1000 + 240 * math.sin(az), 2000 + 240 * math.cos(az)]
vals["2b"] = (52.5 + 180) % 360
pts = np.array([(0, 0), (120, 10), (140, 90), (30, 110)], float)
E, N = pts[:, 0], pts[:, 1]
signed = 0.5 * np.sum(E * np.roll(N, -1) - np.roll(E, -1) * N)
vals["3a"] = abs(signed)
cw = pts[::-1]
signed_cw = 0.5 * np.sum(cw[:, 0] * np.roll(cw[:, 1], -1) - np.roll(cw[:, 0], -1) * cw[:, 1])
print("3b: signed area clockwise =", signed_cw, "-> negative:", signed_cw < 0)
vals["4a"] = 300 * math.tan(math.radians(20))
vals["4b"] = 300 * math.radians(40)

key = yaml.safe_load(open(pathlib.Path(__file__).with_name("key.yaml")))["parts"]
ok = (key["3b"]["text"] == "true") == (signed_cw < 0)
for pid, val in vals.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    good = bool(np.all(np.abs(np.array(val) - np.array(k["answer"])) <= tol + 1e-9))
    ok &= good
    print(f"{pid:4s} computed {np.round(val, 6)}   key {k['answer']}  tol {tol}  {'OK' if good else 'MISMATCH'}")
sys.exit(0 if ok else 1)
