#!/usr/bin/env python3
"""Compute every numeric key value of nuclear-dosimetry; prints JSON {part: value}."""
import json, math

lam = math.log(2) / 8.02                      # 1a, per day
a20 = 370 * math.exp(-lam * 20.0)             # 1b, MBq
t10 = math.log(370 / 10) / lam                # 1c, days
N = 1.00e-6 / 59.93 * 6.022e23                # atoms in 1.00 ug
lam_co = math.log(2) / (5.27 * 3.156e7)       # per second
act = N * lam_co                              # 2a, Bq
halvings = math.log2(800 / 50)                # 2b: 4 half-lives in 12 h -> 3 h (choice B)
assert abs(12 / halvings - 3) < 1e-12
dose = 0.14 / 70 * 1000                       # 3a, mGy
heq = 20 * dose                               # 3b, mSv
rate5 = 120 * (2.0 / 5.0) ** 2                # 4, uSv/h
print(json.dumps({"1a": lam, "1b": a20, "1c": t10, "2a": act, "3a": dose, "3b": heq, "4": rate5}, indent=1))
