#!/usr/bin/env python3
"""Compute the answer key for optics-exam and print it."""
import math

# 1: thin lens, object 30 cm, f = 20 cm
do, f = 30.0, 20.0
di = 1 / (1 / f - 1 / do)
m = -di / do
print("1a", round(di, 6))          # 60
print("1b", round(m, 6))           # -2
print("1c", "A")                   # real (di > 0) and inverted (m < 0)

# 2: refraction
crit = math.degrees(math.asin(1.00 / 1.50))
theta_g = math.degrees(math.asin(1.33 * math.sin(math.radians(30.0)) / 1.50))
print("2a", round(crit, 2))        # 41.81
print("2b", round(theta_g, 2))     # 26.32

# 3: double slit
d, lam, L = 0.25e-3, 600e-9, 1.5
print("3a", round(lam * L / d * 1e3, 6))   # 3.6 mm
print("3b", math.floor(d / lam))           # 416

# 4: lensmaker
n, R1, R2 = 1.50, 20.0, -30.0
print("4", round(1 / ((n - 1) * (1 / R1 - 1 / R2)), 6))  # 24
