"""Compute the numeric key for Homework 6 (optics) and print it as JSON."""
import json, math

f, do, ho = 20.0, 30.0, 1.50
di = 1 / (1 / f - 1 / do)
m = -di / do
hi = m * ho
n, R1, R2 = 1.50, 10.0, -15.0
f2 = 1 / ((n - 1) * (1 / R1 - 1 / R2))

lam_um = 0.550
d_um = 1000.0 / 600          # micrometres
theta1 = math.degrees(math.asin(lam_um / d_um))
mmax = math.floor(d_um / lam_um)

vals = {"1a": round(di, 6), "1b": round(m, 6), "1c": round(hi, 6), "1d": round(f2, 6),
        "2a": round(d_um, 6), "2b": round(theta1, 6), "2c": mmax}
print(json.dumps(vals))
