#!/usr/bin/env python3
"""Compute every numeric key value of econ-games and check it against key.yaml."""
import os
from fractions import Fraction as F
import numpy as np
import yaml

# 4.1 market: 120 - 2P = 3P - 30
P = F(150, 5); Q = 120 - 2*P
elasticity = F(-2) * P / Q
# tax t on sellers: Qs = 3(P - t) - 30
t = 5
Pb = F(150 + 3*t, 5); Qt = 120 - 2*Pb
dwl = F(1, 2) * t * (Q - Qt)

# 4.2 game
R = np.array([[2, 0], [0, 1]])   # row payoffs, rows Up/Down, cols Left/Right
C = np.array([[1, 3], [4, 1]])   # column payoffs
# Row's p(Up) makes Column indifferent: p*C[0,0] + (1-p)*C[1,0] = p*C[0,1] + (1-p)*C[1,1]
p = F(int(C[1, 1] - C[1, 0]), int(C[0, 0] - C[1, 0] - C[0, 1] + C[1, 1]))
# Column's q(Left) makes Row indifferent
q = F(int(R[1, 1] - R[0, 1]), int(R[0, 0] - R[0, 1] - R[1, 0] + R[1, 1]))
pure = [(i, j) for i in range(2) for j in range(2)
        if R[i, j] >= R[1 - i, j] and C[i, j] >= C[i, 1 - j]]

# 4.3 grim trigger: 3/(1-d) >= 5 + d*1/(1-d)  <=>  d >= (5-3)/(5-1)
d_star = F(5 - 3, 5 - 1)

vals = {"4.1a": [P, Q], "4.1b": elasticity, "4.1c": Pb, "4.1d": dwl,
        "4.2a": p, "4.2b": q, "4.2c": "true" if pure else "false", "4.3": d_star}
for k, v in vals.items():
    print(k, v if not isinstance(v, list) else [str(x) for x in v])

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
num = lambda v: F(v) if not isinstance(v, str) else F(v)
assert [num(v) for v in key["4.1a"]["answer"]] == [P, Q]
assert num(key["4.1b"]["answer"]) == elasticity
assert num(key["4.1c"]["answer"]) == Pb
assert num(key["4.1d"]["answer"]) == dwl
assert num(key["4.2a"]["answer"]) == p
assert num(key["4.2b"]["answer"]) == q
assert key["4.2c"]["text"] == vals["4.2c"]
assert num(key["4.3"]["answer"]) == d_star
print("key agrees")
