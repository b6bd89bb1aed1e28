#!/usr/bin/env python3
"""Computes every key value of optim-steps and checks it against key.yaml."""
import os, math
from fractions import Fraction as F
import numpy as np, yaml

# 3.1a
x0 = F(2); fp = 4 * x0**3 - 6 * x0; fpp = 12 * x0**2 - 6
x1 = x0 - fp / fpp
# 3.1b  (quadratic: one Newton step hits the minimiser)
H = np.array([[2., 1], [1, 4]]); g0 = np.array([2 * 0 + 0 - 4, 0 + 4 * 0.])
xy1 = -np.linalg.solve(H, g0)

def heavy_ball(beta, steps, eta=0.1):
    th, v = 1.0, 0.0
    out = [th]
    for _ in range(steps):
        v = beta * v + 4 * th
        th = th - eta * v
        out.append(th)
    return out

th2 = heavy_ball(0.9, 2)[2]
th3 = heavy_ball(0.9, 3)[3]
th3_gd = heavy_ball(0.0, 3)[3]

def adam(gs, th=1.0, eta=0.01, b1=0.9, b2=0.999, correct=True):
    m = v = 0.0
    for t, g in enumerate(gs, 1):
        m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g * g
        mh, vh = (m / (1 - b1**t), v / (1 - b2**t)) if correct else (m, v)
        th -= eta * mh / math.sqrt(vh)
    return th
th_adam = adam([0.5, -0.3])

eta25 = 0.001 + 0.5 * (0.1 - 0.001) * (1 + math.cos(math.pi * 25 / 100))
eta75 = 0.1 * 0.5 ** (75 // 30)

print("3.1a", x1, float(x1))
print("3.1b", xy1, "= (16/7, -4/7)")
print("3.2a", th2, " 3.2b.i", th3, " 3.2b.ii", th3_gd)
print("3.3", th_adam, "-> 4 dp", round(th_adam, 4), " (no bias correction:", adam([0.5, -0.3], correct=False), ")")
print("3.4a", eta25, "-> 4 sf", float(f"{eta25:.4g}"), " (without eta_min:", 0.05 * (1 + math.cos(math.pi / 4)), ")")
print("3.4b", eta75)

key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
assert F(key["3.1a"]["answer"]) == x1
assert np.allclose([float(F(s)) for s in key["3.1b"]["answer"]], xy1)
assert abs(key["3.2a"]["answer"] - th2) < 1e-12
assert abs(key["3.2b.i"]["answer"] - th3) < 1e-12
assert abs(key["3.2b.ii"]["answer"] - th3_gd) < 1e-12
assert key["3.3"]["answer"] == round(th_adam, 4)
assert key["3.4a"]["answer"] == float(f"{eta25:.4g}")
assert abs(key["3.4b"]["answer"] - eta75) < 1e-15
print("key agrees")
