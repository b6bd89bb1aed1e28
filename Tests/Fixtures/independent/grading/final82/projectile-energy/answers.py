#!/usr/bin/env python3
"""Compute every numeric key value for the projectile / work-energy set."""
import math
g = 9.8
v0, th = 20.0, math.radians(30)
t = 2 * v0 * math.sin(th) / g
H = (v0 * math.sin(th)) ** 2 / (2 * g)
R = v0 ** 2 * math.sin(2 * th) / g
m, h, mu = 2.0, 3.0, 0.25
v = math.sqrt(2 * g * h)
d = v ** 2 / (2 * mu * g)
W = -mu * m * g * d
ts = v / (mu * g)
vals = {"1a": t, "1b": H, "1c": R, "1d": "B (60 deg)", "2a": v, "2b": d, "2c.i": W, "2c.ii": ts}
for k, x in vals.items():
    print(k, f"{x:.6g}" if isinstance(x, float) else x)
