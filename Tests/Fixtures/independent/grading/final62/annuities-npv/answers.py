#!/usr/bin/env python3
"""Compute the key values for annuities-npv; prints JSON {part: value}."""
import json


def a_angle(n, i):
    return (1 - (1 + i) ** -n) / i


def s_angle(n, i):
    return ((1 + i) ** n - 1) / i


cash = [-50000, 15000, 18000, 20000, 12000]


def npv(rate):
    return sum(c / (1 + rate) ** t for t, c in enumerate(cash))


def irr(lo=0.0, hi=1.0):
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if npv(mid) > 0 else (lo, mid)
    return (lo + hi) / 2


i_m = 0.048 / 12
payment = 200000 * i_m / (1 - (1 + i_m) ** -360)

c2 = lambda x: round(x, 2)
out = {
    "5.1a": c2(1200 * a_angle(8, 0.06)),
    "5.1b": c2(1200 * s_angle(8, 0.06)),
    "5.1c": c2(1200 * 1.06 * a_angle(8, 0.06)),
    "5.2a.i": c2(npv(0.08)),
    "5.2a.ii": c2(npv(0.12)),
    "5.2b": c2(100 * irr()),
    "5.2c": "true" if npv(0.10) > 0 else "false",
    "5.3": c2(payment),
}
print(json.dumps(out))
