#!/usr/bin/env python3
"""Computes every key value for optics-waves (prints part id and value)."""
import math

c = 3.00e8
n_air, n_glass, n_water = 1.00, 1.50, 1.33
out = {}
out["1a"] = math.degrees(math.asin(n_air * math.sin(math.radians(30)) / n_glass))
out["1b"] = math.degrees(math.asin(n_air / n_glass))
out["1c"] = c / n_glass
out["1d"] = math.degrees(math.asin(n_water / n_glass))
out["1e"] = math.degrees(math.atan(n_glass / n_air))

f = 10.0  # cm
do = 30.0
di = 1 / (1 / f - 1 / do)
out["2a"] = di
out["2b"] = -di / do
out["2c"] = "A" if di > 0 else "C"   # real & inverted for a real image from a single converging lens
out["2d"] = 1 / (1 / f - 1 / 5.0)
out["2e"] = 1 / (f / 100)
out["2f"] = 1 / (1 / 10.0 + 1 / -15.0)

lam = 600e-9
d, L = 0.20e-3, 2.0
dy = lam * L / d
out["3a"] = dy * 1000          # mm
out["3b"] = 3 * dy * 1000      # mm
dg = 1e-3 / 500
out["3c"] = math.degrees(math.asin(lam / dg))
out["3d"] = math.floor(dg / lam)
a = 0.10e-3
out["3e"] = 2 * lam * L / a * 1000  # mm
out["3f"] = 532 / (4 * 1.33)        # nm

T, mu, Ls = 80.0, 0.020, 0.80
v = math.sqrt(T / mu)
out["4a"] = v
out["4b"] = v / (2 * Ls)
out["4c"] = 2 * Ls / 3
fs, vs, vsound = 440.0, 20.0, 340.0
fp = fs * vsound / (vsound - vs)
out["4d"] = fp
out["4e"] = fp - fs

for k, val in out.items():
    print(f"{k}: {val}")
