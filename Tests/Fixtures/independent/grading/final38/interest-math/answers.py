#!/usr/bin/env python3
"""Computes every key value for interest-math (prints part id and value)."""
import math

out = {}
P, r, t = 2000.0, 0.06, 5
out["3.1a"] = P * (1 + r * t)
out["3.1b"] = P * (1 + r) ** t
out["3.1c"] = P * (1 + r / 12) ** (12 * t)
out["3.1d"] = P * math.exp(r * t)

out["3.2a"] = (1 + 0.12 / 12) ** 12 - 1
out["3.2b"] = (1 + 0.08 / 4) ** 4 - 1
out["3.2c"] = 12 * (1.10 ** (1 / 12) - 1)
ears = {
    "A": (1 + 0.059 / 365) ** 365 - 1,
    "B": 0.060,
    "C": math.exp(0.0585) - 1,
    "D": (1 + 0.0595 / 12) ** 12 - 1,
}
out["3.2d"] = max(ears, key=ears.get)
out["3.2d_ears"] = ears

out["3.3a"] = math.log(2) / math.log(1.07)
out["3.3b"] = 3 ** (1 / 12) - 1

i = 0.05
out["3.4a"] = 10000 / (1 + i) ** 8
out["3.4b"] = 1500 * ((1 + i) ** 10 - 1) / i
out["3.4c"] = 1500 * (1 - (1 + i) ** -10) / i
out["3.4d"] = out["3.4c"] * (1 + i)
out["3.4e"] = 1500 / i
out["3.4f"] = 1500 / (i - 0.02)

L, n, j = 250000.0, 360, 0.048 / 12
pmt = L * j / (1 - (1 + j) ** -n)
out["3.5a"] = pmt
pmt_c = round(pmt, 2)
out["3.5b.i"] = L * j
out["3.5b.ii"] = pmt_c - L * j
out["3.5b.iii"] = L - (pmt_c - L * j)
# (b)-(d) use the payment rounded to the cent, as the problem instructs
out["3.5c"] = n * pmt_c - L
out["3.5c_unrounded_pmt (wrong convention)"] = n * pmt - L
out["3.5d"] = L * (1 + j) ** 60 - pmt_c * ((1 + j) ** 60 - 1) / j
out["3.5d_unrounded_pmt (wrong convention)"] = L * (1 + j) ** 60 - pmt * ((1 + j) ** 60 - 1) / j

cf = [-1000, 400, 400, 400]
npv = lambda rate: sum(c / (1 + rate) ** k for k, c in enumerate(cf))
out["3.6a"] = npv(0.08)
out["3.6b"] = npv(0.10)
lo, hi = 0.0, 1.0
for _ in range(200):
    mid = (lo + hi) / 2
    if npv(mid) > 0:
        lo = mid
    else:
        hi = mid
out["3.6c"] = lo
cum, pay = -1000.0, None
for k, c in enumerate(cf[1:], start=1):
    if cum + c >= 0:
        pay = k - 1 + (-cum) / c
        break
    cum += c
out["3.6d"] = pay
out["3.6e"] = "true" if (npv(0.08) > 0 and out["3.6c"] > 0.08) else "false"

y = 0.05
out["3.7"] = sum(60 / (1 + y) ** k for k in range(1, 6)) + 1000 / (1 + y) ** 5

for k, val in out.items():
    print(f"{k}: {val}")
