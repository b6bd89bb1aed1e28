#!/usr/bin/env python3
"""Key values for Worksheet 3 (exposure, hyperfocal distance, angle of view)."""
import math

k = {}
N, t = 8.0, 1 / 125
EV = math.log2(N**2 / t)
k["3.1a"] = EV
k["3.1b.i"] = 4.0**2 / 2**EV          # same EV at f/4 -> 1/500 s
k["3.1b.ii"] = math.log2(320 / 100)   # stops gained by ISO 100 -> 320
f, N2, c = 50.0, 8.0, 0.030
H = f**2 / (N2 * c) + f               # mm
k["3.2a"] = H / 1000
s = H
Dn = s * (H - f) / (H + s - 2 * f)
k["3.2b"] = Dn / 1000
k["3.3"] = math.degrees(2 * math.atan(36 / (2 * 24)))
# 3.1c expression: t = N^2 / 2^EV ; 3.4 true (half the time = -1 stop, one stop wider = +1 stop)
for part, val in k.items():
    print(f"{part}: {val:.6f}")
