#!/usr/bin/env python3
"""Compute every key value of GEOL 2150 Problem Set 5 and print `id: value`."""
import math

A_mm, dt = 23.0, 24.0
ML = math.log10(A_mm) + 3 * math.log10(8 * dt) - 2.92
vp, vs = 6.0, 3.5
dist = dt * vp * vs / (vp - vs)                  # t_S - t_P = d/vs - d/vp

mu, L, W, D = 3.0e10, 40e3, 15e3, 1.2
M0 = mu * L * W * D
Mw = 2 / 3 * (math.log10(M0) - 9.1)
energy_ratio = 10 ** (1.5 * 7.0 + 4.8) / 10 ** (1.5 * 5.0 + 4.8)

N4 = 10 ** (5.2 - 1.0 * 4.0)
T6 = 1 / 10 ** (5.2 - 1.0 * 6.0)

values = {
    "1a": ML, "1b": dist, "2a": M0, "2b": Mw, "2c": energy_ratio,
    "3a": N4, "3b": T6, "3c": "D",
}
if __name__ == "__main__":
    for k, v in values.items():
        print(f"{k}: {v!r}" if isinstance(v, str) else f"{k}: {v:.10g}")
