#!/usr/bin/env python3
"""Compute every numeric key value for sir-epidemic and check key.yaml agrees."""
import math, os, yaml
import numpy as np
from fractions import Fraction

here = os.path.dirname(os.path.abspath(__file__))
beta, gamma = 0.3, 0.1
vals = {}
R0 = beta / gamma
vals["1a"] = R0                              # 3
vals["1b"] = 1 - 1 / R0                      # 2/3
vals["1c.i"] = 1 / gamma                     # 10 days
vals["1c.ii"] = math.log(2) / (beta - gamma)  # 3.4657 days
# final size: bisection on z - 1 + exp(-R0 z) over (0.01, 1]
lo, hi = 0.01, 1.0
for _ in range(200):
    mid = (lo + hi) / 2
    if mid - 1 + math.exp(-R0 * mid) < 0:
        lo = mid
    else:
        hi = mid
vals["2"] = lo                               # 0.94048
s, i = 1.0, 0.0
J = np.array([[-beta * i, -beta * s], [beta * i, beta * s - gamma]])
vals["3a"] = J.tolist()                      # [[0, -0.3], [0, 0.2]]
ev = np.linalg.eigvals(J)
vals["3b"] = "B" if max(ev.real) > 0 else "A"

key = yaml.safe_load(open(os.path.join(here, "key.yaml")))["parts"]
ok = True
for pid, v in vals.items():
    k = key[pid]
    kv = k.get("answer", k.get("text", k.get("choice")))
    tol = k.get("tolerance", 1e-9)
    if isinstance(v, list):
        good = np.allclose(np.array(v), np.array(kv), atol=1e-9)
    elif isinstance(v, str):
        good = str(kv) == v
    else:
        kf = float(Fraction(kv)) if isinstance(kv, str) else kv
        good = abs(kf - v) <= tol
    ok &= good
    print(f"{pid:>6}: computed {v!r:34} key {kv!r:22} {'OK' if good else 'MISMATCH'}")
print("eigenvalues at DFE:", ev)
print("ALL OK" if ok else "MISMATCH FOUND")
raise SystemExit(0 if ok else 1)
