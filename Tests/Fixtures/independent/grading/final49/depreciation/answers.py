#!/usr/bin/env python3
"""Compute every numeric key value for depreciation."""
cost, salvage, life = 50_000, 5_000, 5
print("1a", (cost - salvage) / life)
rate = 2 / life
bv, ddb = cost, []
for _ in range(life):
    d = bv * rate
    ddb.append(d)
    bv -= d
print("1b", ddb[1])
syd = life * (life + 1) // 2
print("1c", [(cost - salvage) * (life - k) / syd for k in range(life)])

tcost, tsalv, miles, used, price = 84_000, 4_000, 200_000, 36_000, 72_000
per_mile = (tcost - tsalv) / miles
print("2a", per_mile)
dep1 = per_mile * used
print("2b", dep1)
print("2c", price - (tcost - dep1), "(positive = gain)")
print("3", "C*(1-r)**t  (symbolic)")
