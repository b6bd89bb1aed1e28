#!/usr/bin/env python3
"""Compute every numeric key value of inventory-eoq; prints JSON {part: value}."""
import json, math

D, S, H = 12000, 75.0, 2.50
eoq = math.sqrt(2 * D * S / H)                       # 5.1a
cost = D / eoq * S + eoq / 2 * H                      # 5.1b (= sqrt(2DSH))
assert abs(D / eoq * S - eoq / 2 * H) < 1e-9          # 5.1c true
d, L, sd, z = 40, 6, 8, 1.645
rop = d * L                                           # 5.2a
sigma_L = sd * math.sqrt(L)
ss = z * sigma_L                                      # 5.2b
rop_ss = rop + ss                                     # 5.2c
z20 = 20 / sigma_L                                    # 5.2d
# 5.3: EOQ = sqrt(2DS/H) grows with S only -> (C)
print(json.dumps({"5.1a": eoq, "5.1b": cost, "5.2a": rop, "5.2b": ss, "5.2c": rop_ss, "5.2d": z20}, indent=1))
