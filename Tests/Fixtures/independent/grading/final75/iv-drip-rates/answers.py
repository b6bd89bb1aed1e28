#!/usr/bin/env python3
"""Compute every numeric key value for iv-drip-rates and check key.yaml agrees."""
import os, sys, yaml

vals = {}
vals["4.1a"] = 1000 / 8                              # mL/h
vals["4.1b"] = round(vals["4.1a"] * 15 / 60)         # 31.25 -> nearest whole drop
vals["4.2a"] = 25000 / 500                           # units/mL
vals["4.2b"] = 1200 / vals["4.2a"]                   # mL/h
vals["4.3a"] = 5 * 80                                # mcg/min
conc = 400 * 1000 / 250                              # mcg/mL
vals["4.3b"] = vals["4.3a"] * 60 / conc              # mL/h
vals["4.4a"] = 250 * 60 / 50                         # min (microdrip = 60 gtt/mL)
for k, v in vals.items():
    print(f"{k}: {v:g}")
print("4.4b: microdrip = 60 gtt/mL -> D")

key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
ok = all(abs(key[k]["answer"] - v) < 1e-9 for k, v in vals.items()) and key["4.4b"]["choice"] == "D"
print("key agrees" if ok else "KEY DISAGREES")
sys.exit(0 if ok else 1)
