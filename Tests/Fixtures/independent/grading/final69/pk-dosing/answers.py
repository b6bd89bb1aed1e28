#!/usr/bin/env python3
"""Key values for pk-dosing (PHAR 330 Worksheet 4). Prints part id and value."""
import math

dose = 500.0      # mg
V = 40.0          # L
t_half = 6.0      # h
k = math.log(2) / t_half
tau = 6.0
F = 0.8
target = 20.0     # mg/L


def conc(t, c0):
    return c0 * math.exp(-k * t)


C0 = dose / V
pct_left_24 = 100 * math.exp(-k * 24)
C9 = conc(9, C0)                      # exact: 25*sqrt(2)/8
vec = [conc(t, C0) for t in (0, 6, 12)]
R = 1 / (1 - math.exp(-k * tau))
cmax_ss = C0 * R
cmin_ss = cmax_ss * math.exp(-k * tau)
loading_oral = target * V / F

assert abs(C9 - 25 * math.sqrt(2) / 8) < 1e-12

VALUES = {
    "4.1a": C0,
    "4.1b": pct_left_24,
    "4.1c": C9,
    "4.1d": vec,
    "4.2a": R,
    "4.2b.i": cmax_ss,
    "4.2b.ii": cmin_ss,
    "4.3": loading_oral,
}

if __name__ == "__main__":
    print(f"k = {k:.6f} 1/h, CL = {k * V:.4f} L/h")
    for key, v in VALUES.items():
        if isinstance(v, list):
            print(f"{key}: [" + ", ".join(f"{x:.10g}" for x in v) + "]")
        else:
            print(f"{key}: {v:.10g}")
