#!/usr/bin/env python3
"""Key values for chem-kinetics. Prints 'part value' lines (numeric parts only)."""
import math

k = 6.2e-4
R = 8.314
vals = {}
vals["1a"] = round(math.log(2) / k)                     # 1117.98 -> 1118 s
vals["1b"] = round(math.exp(-k * 30.0 * 60), 3)         # 0.3276 -> 0.328
vals["1c"] = round(math.log(0.50 / 0.050) / k)          # 3713.8 -> 3714 s
# initial rates: A doubles -> rate x4 ; B triples -> rate x3
m = math.log(8.0e-3 / 2.0e-3, 2.0)
n = math.log(6.0e-3 / 2.0e-3, 3.0)
vals["2a"] = round(m)
vals["2b"] = round(m + n)
vals["2c"] = round(2.0e-3 / (0.10 ** round(m) * 0.10 ** round(n)), 6)
vals["3"] = round(R * math.log(2) / (1 / 300 - 1 / 310) / 1000, 1)   # 53.594 -> 53.6
for key, v in vals.items():
    print(key, v)
