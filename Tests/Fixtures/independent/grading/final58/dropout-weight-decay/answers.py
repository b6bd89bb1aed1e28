#!/usr/bin/env python3
"""Computes every key value of DSCI 462 HW4 and checks it against key.yaml."""
import math, os
import numpy as np
import yaml

h = np.array([2.0, 0.0, 0.5, 3.0, 1.5]); m = np.array([1, 0, 1, 1, 0]); p = 0.4; q = 1 - p
vals = {}
vals["1a"] = [float(v) for v in np.round(h * m / q, 3)]
vals["1b"] = [float(v) for v in h]                                 # identity at eval time
vals["1c"] = float(h[3] ** 2 * p / q)                       # Var(h m / q) = h^2 (1-q)/q
vals["1d"] = math.comb(5, 2) * p**2 * q**3
x = np.array([1.0, 2.0]); y = 3.0; lam = 0.1; w0 = np.array([0.5, -1.0]); eta = 0.2
g = (w0 @ x - y) * x + lam * w0
vals["2a"] = [float(v) for v in g]
vals["2b"] = [round(float(v), 12) for v in w0 - eta * g]
# 2c: w - eta (g0 + lam w) == (1 - eta lam) w - eta g0  -> true
vals["2c"] = "true" if np.allclose(w0 - eta * g, (1 - eta * lam) * w0 - eta * ((w0 @ x - y) * x)) else "false"
X = np.array([[1, 0], [0, 1], [1, 1]], float); Y = np.array([1, 2, 3], float)
vals["3a"] = [round(float(v), 12) for v in np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ Y)]
# 3b: soft threshold: sign(2) * max(|2| - 0.5, 0) = 1.5 -> option B
opts = {"A": 2, "B": 1.5, "C": 4 / 3, "D": 2.5}
st = max(2 - 0.5, 0)
vals["3b"] = [k for k, v in opts.items() if abs(v - st) < 1e-12][0]

key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
ok = True
for pid, v in vals.items():
    k = key[str(pid)]
    ref = k.get("answer", k.get("text", k.get("choice")))
    tol = k.get("tolerance", 1e-9)
    if isinstance(v, str):
        good = v == ref
    else:
        good = np.allclose(np.array(v, float), np.array(ref, float), atol=tol, rtol=0)
    ok &= good
    print(f"{pid:4} computed={v} key={ref} {'OK' if good else 'MISMATCH'}")
print("ALL OK" if ok else "MISMATCHES")
