#!/usr/bin/env python3
"""Compute the key values for euler-rk-steps; prints JSON {part: value}."""
import json
import math

import numpy as np


def f(t, y):
    return t - 2 * y


def exact(t):
    return t / 2 - 0.25 + 1.25 * math.exp(-2 * t)


h = 0.1
y1 = 1 + h * f(0, 1)
y2 = y1 + h * f(h, y1)
err = abs(exact(0.2) - y2)

k1 = f(0, 1)
heun = 1 + h / 2 * (k1 + f(h, 1 + h * k1))

k2 = f(h / 2, 1 + h / 2 * k1)
k3 = f(h / 2, 1 + h / 2 * k2)
k4 = f(h, 1 + h * k3)
rk4 = 1 + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)

A = np.array([[0.0, 1.0], [-1.0, 0.0]])
G = np.eye(2) + 0.5 * A
u = np.array([1.0, 0.0])
for _ in range(2):
    u = G @ u

lam = -20
hmax = 2 / abs(lam)
options = {"A": 0.05, "B": 0.1, "C": 0.2, "D": 20}

r = lambda x, d=6: round(x, d) + 0.0
out = {
    "1a": r(y1), "1b": r(y2), "1c": r(err, 4),
    "2a": r(heun), "2b": r(rk4), "2c": [r(k) for k in (k1, k2, k3, k4)],
    "3a": [r(x) for x in u], "3b": [[r(x) for x in row] for row in G],
    "4": next(l for l, v in options.items() if math.isclose(v, hmax)),
}
print(json.dumps(out))
