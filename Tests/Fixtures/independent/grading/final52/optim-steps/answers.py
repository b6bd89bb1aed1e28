#!/usr/bin/env python3
"""Compute every key value of optim-steps and check it against key.yaml."""
import math, os, sys
import numpy as np
import yaml

here = os.path.dirname(os.path.abspath(__file__))
key = yaml.safe_load(open(os.path.join(here, "key.yaml")))["parts"]

grad = lambda w: np.array([4 * w[0], 2 * w[1]])
w0 = np.array([1.0, -2.0]); eta = 0.1
v = {}
v["1a"] = grad(w0)
v["1b"] = w0 - eta * grad(w0)
w, vel = w0.copy(), np.zeros(2)
for _ in range(2):
    vel = 0.9 * vel + grad(w)
    w = w - eta * vel
v["1c"] = w

a, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
th, m, s = 0.0, 0.0, 0.0
thetas, ms = [], []
for t in (1, 2):
    g = 2 * (th - 3)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mh, sh = m / (1 - b1 ** t), s / (1 - b2 ** t)
    th = th - a * mh / (math.sqrt(sh) + eps)
    thetas.append(th); ms.append(m)
v["2a"] = ms[0]
v["2b"] = thetas[0]
v["2c"] = thetas[1]
# 2d: first step size with eps -> 0 is alpha * |m1_hat| / sqrt(v1_hat) = alpha * |g1| / |g1| = alpha  -> B
v["3"] = 0.001 + 0.5 * (0.1 - 0.001) * (1 + math.cos(math.pi * 25 / 100))

ok = True
for pid, val in v.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    good = np.allclose(np.array(val, dtype=float), np.array(k["answer"], dtype=float), atol=tol, rtol=0)
    ok &= good
    print(f"{pid:>3}: {np.round(val, 9).tolist()}   key {k['answer']}   {'OK' if good else 'MISMATCH'}")
print("2d: B (alpha)   key", key["2d"]["choice"])
ok &= key["2d"]["choice"] == "B"
sys.exit(0 if ok else 1)
