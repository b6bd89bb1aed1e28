#!/usr/bin/env python3
"""Compute every numeric key value of mechanics-exam and check it against key.yaml."""
import math, os, yaml
import numpy as np

g = 9.8
out = {}
# 1 projectile
v0, th = 20.0, math.radians(30)
vx, vy = v0 * math.cos(th), v0 * math.sin(th)
out["1a"] = 2 * vy / g
out["1b"] = vy ** 2 / (2 * g)
out["1c"] = v0 ** 2 * math.sin(2 * th) / g
out["1d"] = [vx, vy - g * 1.0]
# 2 incline
m, a, mu = 4.0, math.radians(30), 0.2
out["2a"] = m * g * math.cos(a)
out["2b"] = g * (math.sin(a) - mu * math.cos(a))
out["2d"] = math.tan(a)
# 3 collisions
m1, m2, u1 = 2.0, 1.0, 3.0
vf = m1 * u1 / (m1 + m2)
out["3a"] = vf
out["3b"] = 0.5 * m1 * u1 ** 2 - 0.5 * (m1 + m2) * vf ** 2
out["3c"] = [(m1 - m2) / (m1 + m2) * u1, 2 * m1 / (m1 + m2) * u1]
out["3e"] = m2 * vf
# 4 rotation
M, R, w = 2.0, 0.5, 10.0
I = 0.5 * M * R ** 2
out["4a"] = I
out["4b"] = 0.5 * I * w ** 2
out["4c"] = I * w
out["4d"] = I * w / 5.0
# 4e: mgh = 1/2 M v^2 + 1/2 (1/2 M R^2)(v/R)^2 = 3/4 M v^2  ->  v = sqrt(4 g h / 3)
hh = 1.7
out["4e(check h=1.7)"] = (math.sqrt(4 * g * hh / 3), "expression sqrt(4*g*h/3) at h=1.7")
# 5 spring
ms, k, A = 0.5, 200.0, 0.1
om = math.sqrt(k / ms)
out["5a"] = om
out["5b"] = 2 * math.pi / om
out["5c"] = om * A
out["5d"] = 0.5 * k * A ** 2
out["5f"] = om * math.sqrt(A ** 2 - 0.06 ** 2)
# 6 pendulum
out["6"] = 2 * math.pi * math.sqrt(2.45 / g)

for kk, vv in out.items():
    print(kk, vv)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
bad = 0
for kk, vv in out.items():
    if kk not in key:
        continue
    ent = key[kk]
    tol = ent.get("tolerance", 1e-9)
    got = np.array(vv, dtype=float)
    want = np.array(ent["answer"], dtype=float)
    if got.shape != want.shape or np.max(np.abs(got - want)) > tol + 1e-12:
        print("MISMATCH", kk, vv, ent)
        bad += 1
print("key check:", "OK" if bad == 0 else f"{bad} mismatches")
