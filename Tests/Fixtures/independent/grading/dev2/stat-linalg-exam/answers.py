#!/usr/bin/env python3
"""Compute every numeric value of stat-linalg-exam/key.yaml and compare with the key."""
import os
import sys

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

vals = {}

# Problem 1: screening test
prev, sens, spec = 0.02, 0.95, 0.90
fpr = 1 - spec
p_pos = sens * prev + fpr * (1 - prev)
vals["1a"] = p_pos
vals["1b"] = sens * prev / p_pos
num = prev * sens**2
vals["1c"] = num / (num + (1 - prev) * fpr**2)

# Problem 2: eigen / determinant
A = np.array([[4, 1], [2, 3]], dtype=float)
B = np.array([[2, 0, 1], [1, 3, 2], [0, 1, 1]], dtype=float)
ev = np.sort(np.linalg.eigvals(A).real)[::-1]
vals["2a"] = list(ev)
vals["2b"] = np.linalg.det(2 * B)
lam_small = ev[-1]
# null space of A - lam I, scaled so first component is 1
M = A - lam_small * np.eye(2)
_, _, vt = np.linalg.svd(M)
v = vt[-1]
vals["2c"] = list(v / v[0])
assert np.allclose(A @ v, lam_small * v)
vals["2d"] = (A @ A).tolist()

# Problem 3: projection
a = np.array([1, 2, 2], dtype=float)
b = np.array([4, 3, 4], dtype=float)
p = (a @ b) / (a @ a) * a
vals["3a"] = list(p)
vals["3b"] = np.linalg.norm(b - p)


def close(x, k, tol):
    if isinstance(k, list):
        return len(x) == len(k) and all(close(xi, ki, tol) for xi, ki in zip(x, k))
    return abs(float(x) - float(k)) <= tol


with open(os.path.join(HERE, "key.yaml")) as fh:
    key = yaml.safe_load(fh)["parts"]

bad = 0
for pid, val in vals.items():
    entry = key[pid]
    kv = entry["answer"]
    tol = entry.get("tolerance", 1e-9)
    # a key rounded to a tolerance must still be within tolerance of the exact value
    ok = close(val, kv, max(tol, 1e-9))
    shown = val if isinstance(val, list) and val and isinstance(val[0], list) else (
        [round(float(t), 6) for t in val] if isinstance(val, list) else round(float(val), 6))
    print(f"{pid}: computed {shown}  key {kv}  {'OK' if ok else 'MISMATCH'}")
    bad += not ok
missing = set(key) - set(vals)
if missing:
    print("key parts without a computed value:", sorted(missing))
    bad += 1
sys.exit(1 if bad else 0)
