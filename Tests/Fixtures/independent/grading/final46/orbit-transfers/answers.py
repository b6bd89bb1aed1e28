#!/usr/bin/env python3
"""Compute every numeric key value for orbit-transfers."""
import math
import numpy as np

mu = 3.986e14
r1 = (6371 + 400) * 1e3
r2 = 42164e3
v1 = math.sqrt(mu / r1)
print("1a", v1 / 1e3)
print("1b", 2 * math.pi * r1 / v1 / 60)
print("1c", -mu / (2 * r1) / 1e6)
a = (r1 + r2) / 2
print("2a", "(r1+r2)/2 =", a / 1e3, "km")
vp = math.sqrt(mu * (2 / r1 - 1 / a))
va = math.sqrt(mu * (2 / r2 - 1 / a))
v2 = math.sqrt(mu / r2)
print("2b", (vp - v1) / 1e3)
print("2c", (v2 - va) / 1e3)
print("2d", math.pi * math.sqrt(a ** 3 / mu) / 3600)
print("3", np.cross([7000, 0, 0], [0, 7.5, 1.0]).tolist())
