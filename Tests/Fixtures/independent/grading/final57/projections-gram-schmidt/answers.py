#!/usr/bin/env python3
"""Compute every key value for the projections-gram-schmidt set."""
import numpy as np
from fractions import Fraction as F

a = np.array([1, 2, 2]); b = np.array([2, 7, 1])
c = F(int(a @ b), int(a @ a))
p = [c * int(x) for x in a]
e = b - np.array([float(x) for x in p])
print("3.1a p =", [str(x) for x in p])
print("3.1b dist = sqrt(%s) =" % F(int(round(e @ e))), np.linalg.norm(e), "= 3*sqrt(2)?", np.isclose(np.linalg.norm(e), 3 * np.sqrt(2)))

A = np.array([[1, 0], [1, 1], [0, 1]], dtype=float); b2 = np.array([2, 0, 4], dtype=float)
xhat = np.linalg.solve(A.T @ A, A.T @ b2)
print("   xhat =", xhat)
print("3.2a p =", A @ xhat)
P = A @ np.linalg.inv(A.T @ A) @ A.T
print("3.2b M = 3P =\n", np.round(3 * P).astype(int), "\n   max err", np.abs(3 * P - np.round(3 * P)).max())

v1 = np.array([1, 1, 0], dtype=float); v2 = np.array([1, 0, 1], dtype=float)
q1 = v1 / np.linalg.norm(v1)
r12 = q1 @ v2
u2 = v2 - r12 * q1
print("3.3a u2 =", u2)
print("3.3b.i r12 =", r12, "= 1/sqrt(2) =", 1 / np.sqrt(2))
print("3.3b.ii r22 =", np.linalg.norm(u2), "= sqrt(3/2) =", np.sqrt(1.5))
print("3.4 det P =", round(np.linalg.det(P), 12), "-> choice A")

# ---- compare with key.yaml (python3 answers.py --check) ----
import sys
if "--check" in sys.argv:
    import yaml
    key = yaml.safe_load(open("key.yaml"))["parts"]
    got = {"3.1a": [float(x) for x in p], "3.1b": np.linalg.norm(e), "3.2a": A @ xhat,
           "3.2b": 3 * P, "3.3a": u2, "3.3b.i": r12, "3.3b.ii": np.linalg.norm(u2)}
    bad = 0
    for pid, val in got.items():
        if not np.allclose(np.array(key[pid]["answer"], dtype=float), np.array(val, dtype=float), atol=1e-9):
            print("MISMATCH", pid, key[pid]["answer"], val); bad += 1
    if key["3.4"]["choice"] != "A" or abs(np.linalg.det(P)) > 1e-12:
        print("MISMATCH 3.4"); bad += 1
    print("key check:", "ok" if not bad else f"{bad} mismatches")
    sys.exit(1 if bad else 0)
