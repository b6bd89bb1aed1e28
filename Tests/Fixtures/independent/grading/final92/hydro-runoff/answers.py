"""Computes the numeric key values of hydro-runoff and prints them as JSON."""
import json

vals = {}
vals["1a"] = 0.45 * 60 * 25 / 360
vals["1b"] = (10 * 0.90 + 15 * 0.20) / 25
b, y, n, S = 3.0, 1.0, 0.015, 0.001
A, P = b * y, b + 2 * y
R = A / P
V = (1 / n) * R ** (2 / 3) * S ** 0.5
vals["2a"] = R
vals["2b"] = V          # 1.49972 -> 1.50 (3 s.f.)
vals["2c"] = A * V      # 4.49915 -> 4.50 (3 s.f.)
Smax = 25400 / 80 - 254
Ia = 0.2 * Smax
vals["3a"] = Smax
vals["3b"] = (100 - Ia) ** 2 / (100 - Ia + Smax)   # 50.539 -> 50.5
print(json.dumps(vals, indent=1, sort_keys=True))
