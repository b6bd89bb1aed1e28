#!/usr/bin/env python3
"""Computes every key value for graphics-transforms (prints part id and value)."""
import numpy as np

np.set_printoptions(suppress=True)
out = {}
R = np.array([[0, -1, 0], [1, 0, 0], [0, 0, 1]])
T = np.array([[1, 0, 4], [0, 1, -2], [0, 0, 1]])
p = np.array([3, 5, 1])
out["1a"] = R
out["1b"] = T
out["1c"] = T @ R
out["1d"] = (T @ R @ p)[:2]
out["1e"] = (R @ T @ p)[:2]
out["1f"] = "true" if np.array_equal(T @ R, R @ T) else "false"

A = np.array([[2, 1], [0, 3]])
out["2a"] = round(np.linalg.det(A), 9)
tri = 0.5 * abs(2 * 4 - 0 * 0)  # legs (2,0) and (0,4)
out["2b"] = tri * abs(np.linalg.det(A))
opts = {"A": [[0, -1], [1, 0]], "B": [[1, 2], [0, 1]], "C": [[0, 1], [1, 0]], "D": [[2, 0], [0, 3]]}
out["2c"] = [k for k, m in opts.items() if np.linalg.det(np.array(m)) < 0]
B = np.array([[1, 2], [0, 1]])
out["2d"] = np.round(np.linalg.inv(B), 9)

P0, P1, P2 = np.array([1, 0, 0]), np.array([0, 2, 0]), np.array([0, 0, 3])
n = np.cross(P1 - P0, P2 - P0)
out["3a"] = n
nh = n / np.linalg.norm(n)
out["3b"] = nh
out["3c"] = np.linalg.norm(n) / 2
L = np.array([0, 0, 1])
out["3d"] = max(0.0, nh @ L)
d = np.array([2, -3, 1]); m = np.array([0, 1, 0])
out["3e"] = d - 2 * (d @ m) * m

f = 2; X = np.array([4, 6, 8])
out["4a"] = f * X[:2] / X[2]
v = np.array([3, 4, 5]); u = np.array([1, 1, 0])
out["4b"] = (v @ u) / (u @ u) * u
Pm = np.outer(u, u) / (u @ u)
out["4c"] = Pm
out["4d"] = v - Pm @ v

th = np.radians(60)
Rz = np.array([[np.cos(th), -np.sin(th), 0], [np.sin(th), np.cos(th), 0], [0, 0, 1]])
out["5a"] = Rz
out["5b"] = round(np.linalg.det(Rz), 9)
out["5c"] = Rz @ np.array([2, 0, 1])
Q = np.array([[0, 0, 1], [1, 0, 0], [0, 1, 0]])
out["5d"] = round(float(np.degrees(np.arccos((np.trace(Q) - 1) / 2))), 9)
Q3 = np.linalg.matrix_power(Q, 3)
cands = {"A": Q, "B": np.eye(3), "C": Q.T, "D": -np.eye(3)}
out["5e"] = [k for k, M in cands.items() if np.allclose(Q3, M)]

for k, val in out.items():
    if isinstance(val, np.ndarray):
        val = np.round(val, 6).tolist()
    print(f"{k}: {val}")
