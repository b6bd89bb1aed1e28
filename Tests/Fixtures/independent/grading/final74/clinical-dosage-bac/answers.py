#!/usr/bin/env python3
"""Compute every key value of PHAR 210 Worksheet 6 and print `id: value`."""

A = 4 * 14.0          # g ethanol
W = 80 * 1000.0       # g body mass
r = 0.68
beta = 0.015          # %/h

peak = 100 * A / (r * W)
bac3 = peak - beta * 3
t_050 = (peak - 0.05) / beta
t0_expr = "100*A/(r*W*beta)"
# sanity check of the expression against the numbers
assert abs(eval(t0_expr, {"A": A, "r": r, "W": W, "beta": beta}) - peak / beta) < 1e-12

dose_mg = 45 * 18 / 2
dose_ml = dose_mg / (250 / 5)
gtt_min = round(1000 * 15 / (8 * 60))       # 31.25 -> 31
crcl = (140 - 70) * 60 / (72 * 1.2) * 0.85

values = {"1a": peak, "1b": bac3, "1c": t_050, "1d": t0_expr,
          "2a": dose_mg, "2b": dose_ml, "2c": gtt_min, "2d": crcl}
if __name__ == "__main__":
    for k, v in values.items():
        print(f"{k}: {v!r}" if isinstance(v, str) else f"{k}: {v:.10g}")
