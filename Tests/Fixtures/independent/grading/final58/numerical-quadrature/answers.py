#!/usr/bin/env python3
"""Computes every key value of MATH 3411 Sheet 5 and checks it against key.yaml."""
import math, os
from fractions import Fraction as F
import numpy as np
import yaml

f = lambda x: 1.0 / (1.0 + x)
I = math.log(3)
vals = {}
xs = [k / 2 for k in range(5)]; ys = [f(x) for x in xs]; h = 0.5
T4 = h / 2 * (ys[0] + 2 * sum(ys[1:4]) + ys[4])
S4 = h / 3 * (ys[0] + 4 * ys[1] + 2 * ys[2] + 4 * ys[3] + ys[4])
vals["5.1a"] = T4
vals["5.1b"] = S4
vals["5.1c"] = abs(S4 - I)
# 5.2a.i: largest d with exactness for t^d on [-1, 1]
t = 1 / math.sqrt(3)
d = 0
while abs((t**(d + 1) + (-t)**(d + 1)) - (1 - (-1)**(d + 2)) / (d + 2)) < 1e-12:
    d += 1
vals["5.2a.i"] = d
# 5.2a.ii: x = 1 + t on [0, 2], dx = dt
vals["5.2a.ii"] = f(1 - t) + f(1 + t)
# 5.2b: n-point Gauss exact to degree 2n - 1 -> smallest n with 2n - 1 >= 7
n = 1
while 2 * n - 1 < 7:
    n += 1
vals["5.2b"] = {3: "A", 4: "B", 7: "C", 8: "D"}[n]
# 5.3: f'' = 2/(1+x)^3, max 2 at x = 0; bound = 2 * (2/n)^2 * 2 / 12 <= 1e-4
n = 1
while 2 * (2 / n) ** 2 * 2 / 12 > 1e-4:
    n += 1
vals["5.3"] = n
# 5.4: exact for x^2: 2/3 = 2c
vals["5.4"] = F(2, 3) / 2

key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
ok = True
for pid, v in vals.items():
    k = key[str(pid)]
    ref = k.get("answer", k.get("choice"))
    tol = k.get("tolerance", 1e-9)
    if isinstance(v, str):
        good = v == ref
    else:
        good = abs(float(v) - float(F(ref) if isinstance(ref, str) else ref)) <= tol + 1e-12
    ok &= good
    print(f"{pid:8} computed={v} key={ref} {'OK' if good else 'MISMATCH'}")
print("ALL OK" if ok else "MISMATCHES")
