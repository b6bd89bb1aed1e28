"""Computes the numeric key values of acct-depreciation-leases and prints them as JSON."""
import json

vals = {}
cost, salvage, life = 50000.0, 5000.0, 5
vals["7.1a"] = (cost - salvage) / life
rate = 2 / life
bv = cost
ddb = []
for year in range(1, 4):
    dep = min(bv * rate, bv - salvage)
    ddb.append(dep)
    bv -= dep
vals["7.1b"] = ddb[1]
vals["7.1c"] = (cost - salvage) * 5 / 15
vals["7.1d"] = bv
r, pmt, n = 0.08, 12000.0, 5
pv = pmt * (1 - (1 + r) ** -n) / r
vals["7.2a.i"] = round(pv, 2)
vals["7.2a.ii"] = round(pv * (1 + r), 2)
vals["7.2b"] = round(pv * r, 2)
vals["7.2c"] = round(cost - pv, 2)
print(json.dumps(vals, indent=1, sort_keys=True))
