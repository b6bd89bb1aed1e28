#!/usr/bin/env python3
"""Recompute every key value of vectors-3d and check key.yaml against it."""
import math, os
from fractions import Fraction as F
import numpy as np
import yaml

P, Q, R, S = (np.array(v) for v in ([1, 2, 0], [3, -1, 2], [0, 1, 4], [4, 4, 3]))
out = {}
u, v = Q - P, R - P
n = np.cross(u, v)
out["3.1a"] = n.tolist()
out["3.1b"] = float(np.linalg.norm(n) / 2)
g = math.gcd(*map(int, n))
m = n // g
if m[0] < 0:
    m = -m
out["3.1c"] = m.tolist() + [int(m @ P)]
a, b, c, d = out["3.1c"]
assert all(int(m @ X) == d for X in (P, Q, R))
nn = a * a + b * b + c * c
signed = F(int(m @ S) - d)
out["3.2a.i"] = abs(signed) / F(math.isqrt(nn)) if math.isqrt(nn) ** 2 == nn else None
foot = [F(int(S[i])) - signed / nn * int(m[i]) for i in range(3)]
out["3.2a.ii"] = [str(x) for x in foot]
out["3.2b"] = round(math.degrees(math.acos(u @ v / np.linalg.norm(u) / np.linalg.norm(v))), 2)
A = np.array([[math.cos(math.pi / 2), -math.sin(math.pi / 2), 0], [math.sin(math.pi / 2), math.cos(math.pi / 2), 0], [0, 0, 1]])
A = np.rint(A).astype(int)
out["3.3a"] = A.tolist()
assert np.allclose(A.T @ A, np.eye(3)) and round(np.linalg.det(A)) == 1  # -> 3.3b false
for k, val in out.items():
    print(k, val)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k, val in out.items():
    kv = key[k]["answer"]
    if k == "3.2a.i":
        assert F(kv) == val, k
    elif k == "3.2a.ii":
        assert [F(x) for x in kv] == [F(x) for x in val], k
    else:
        assert kv == val, (k, kv, val)
assert key["3.3b"]["text"] == "false"
print("key.yaml agrees")
