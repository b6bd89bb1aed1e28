#!/usr/bin/env python3
"""Compute every numeric key value for kinetics-rates and compare with key.yaml."""
import math, sys, yaml, pathlib
import numpy as np

R = 8.314
vals = {}
k1 = 5.1e-4
vals["5.1a"] = math.log(2) / k1
vals["5.1b"] = math.exp(-k1 * 30.0 * 60)
# 5.2 method of initial rates
m = math.log(8.0e-3 / 2.0e-3) / math.log(0.20 / 0.10)
n = math.log(6.0e-3 / 2.0e-3) / math.log(0.30 / 0.10)
vals["5.2a.i"] = [m, n]
k = 2.0e-3 / (0.10 ** round(m) * 0.10 ** round(n))
vals["5.2a.ii"] = k
vals["5.2b"] = k * 0.15 ** round(m) * 0.20 ** round(n)
# 5.3 Arrhenius
Ea = R * math.log(2.4e-2 / 3.0e-3) / (1 / 300 - 1 / 340)
vals["5.3a"] = Ea / 1000
k320 = 3.0e-3 * math.exp(-Ea / R * (1 / 320 - 1 / 300))
k320_rounded_Ea = 3.0e-3 * math.exp(-44.1e3 / R * (1 / 320 - 1 / 300))
print(f"5.3b with rounded Ea=44.1 kJ/mol: {k320_rounded_Ea:.5g} (tolerance covers both)")
vals["5.3b"] = k320
# 5.4 second order
vals["5.4"] = (1 / 0.0050 - 1 / 0.0200) / 0.54

key = yaml.safe_load(open(pathlib.Path(__file__).with_name("key.yaml")))["parts"]
ok = abs(k320_rounded_Ea - key["5.3b"]["answer"]) <= key["5.3b"]["tolerance"]
for pid, val in vals.items():
    kk = key[pid]
    tol = kk.get("tolerance", 1e-9)
    good = bool(np.all(np.abs(np.array(val) - np.array(kk["answer"])) <= tol * (1 + 1e-9) + 1e-12))
    ok &= good
    print(f"{pid:8s} computed {np.array(val)}   key {kk['answer']}  tol {tol}  {'OK' if good else 'MISMATCH'}")
sys.exit(0 if ok else 1)
