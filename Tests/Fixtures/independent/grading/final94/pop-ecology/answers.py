#!/usr/bin/env python3
"""Key values for pop-ecology. Prints 'part value' lines (numeric parts only)."""
import math
import numpy as np

r, K, N0 = 0.4, 1000.0, 100.0
vals = {}
vals["1a"] = round(K / (1 + (K - N0) / N0 * math.exp(-r * 5)))   # 450.85 -> 451
vals["1b.i"] = round(math.log((K - N0) / N0) / r, 2)              # 5.49
vals["1b.ii"] = round(r * K / 4)                                  # 100
r2, K2, H, E = 0.5, 20000.0, 1800.0, 0.2
vals["2a"] = round(r2 * K2 / 4)                                   # 2500
# equilibria of r N (1 - N/K) - H = 0  <=>  -(r/K) N^2 + r N - H = 0
roots = sorted(np.roots([-r2 / K2, r2, -H]).real)
vals["2b.i"] = round(roots[1])                                    # 15292 (stable)
vals["2b.ii"] = round(roots[0])                                   # 4708 (unstable)
Nstar = K2 * (1 - E / r2)
vals["2c"] = round(E * Nstar)                                     # 2400
for key, v in vals.items():
    print(key, v)
