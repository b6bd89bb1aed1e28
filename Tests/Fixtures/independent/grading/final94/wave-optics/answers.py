#!/usr/bin/env python3
"""Key values for wave-optics. Prints 'part value' lines (numeric parts only)."""
import math
import numpy as np

lam, d, L = 600e-9, 0.25e-3, 1.5
vals = {}
vals["4.1a"] = round(lam * L / d * 1e3, 4)              # 3.6 mm
vals["4.1b"] = round((2 + 0.5) * lam * L / d * 1e3, 4)  # 9.0 mm
# soap film: n_film > n_air on both sides -> one phase flip -> 2 n t = (m + 1/2) lambda
n, t = 1.33, 500.0
cands = [2 * n * t / (m + 0.5) for m in range(10)]
vis = [c for c in cands if 400 <= c <= 700]
assert len(vis) == 1
vals["4.2a"] = round(vis[0], 3)                          # 532 nm
vals["4.2b"] = round(550 / (4 * 1.38), 1)                # 99.6 nm (both reflections flip)
dg = 1e6 / 600                                           # grating spacing in nm
vals["4.3a"] = round(float(np.degrees(np.arcsin(2 * 500 / dg))), 2)  # 36.87
vals["4.3b"] = int(math.floor(dg / 500))                 # 3
new = float(np.degrees(np.arcsin(2 * 650 / dg)))
assert new > vals["4.3a"]                                # 4.3c: increases -> (C)
for key, v in vals.items():
    print(key, v)
