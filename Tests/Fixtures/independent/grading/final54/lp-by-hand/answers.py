#!/usr/bin/env python3
"""Computes every numeric key value of lp-by-hand by brute force over vertices and an explicit pivot."""
import itertools
import numpy as np

# Problem 1: enumerate vertices of the feasible region
A = np.array([[2, 1], [1, 1], [1, 0], [-1, 0], [0, -1]], float)
b = np.array([100, 80, 40, 0, 0], float)
c = np.array([30, 20], float)
verts = []
for i, j in itertools.combinations(range(len(A)), 2):
    M = A[[i, j]]
    if abs(np.linalg.det(M)) < 1e-12:
        continue
    v = np.linalg.solve(M, b[[i, j]])
    if np.all(A @ v <= b + 1e-9):
        verts.append(tuple(np.round(v, 9)))
verts = sorted(set(verts))
best = max(verts, key=lambda v: c @ np.array(v))
print("1a", [int(round(t)) for t in best])
print("1b", int(round(c @ np.array(best))))
binding = [k for k, name in enumerate(["carpentry", "finishing", "market"]) if abs(A[k] @ best - b[k]) < 1e-9]
print("1c binding", binding, "-> choice", {(0, 1): "A", (1, 2): "B", (0, 2): "C", (1,): "D"}[tuple(binding)])
# dual: u1*2 + u2*1 + u3*1 = 30 ; u1 + u2 = 20 ; u3 = 0 (market not binding)
u12 = np.linalg.solve(np.array([[2, 1], [1, 1]], float), c)
print("1d", [int(round(u12[0])), int(round(u12[1])), 0])
# 1e: (20,60) stays optimal while -2 <= -ct/20 <= -1, i.e. 20 <= ct <= 40; check numerically
ok = []
for ct in np.arange(0, 60.01, 0.5):
    vals = [ct * v[0] + 20 * v[1] for v in verts]
    if ct * best[0] + 20 * best[1] >= max(vals) - 1e-9:
        ok.append(ct)
print("1e", max(ok))

# Problem 2: tableau
T = np.array([[1, 1, 1, 0, 4],
              [1, 3, 0, 1, 6],
              [-3, -2, 0, 0, 0]], float)
col = int(np.argmin(T[2, :4]))
print("2a enters", ["x1", "x2", "s1", "s2"][col])
ratios = [T[r, 4] / T[r, col] if T[r, col] > 0 else np.inf for r in range(2)]
row = int(np.argmin(ratios))
T[row] /= T[row, col]
for r in range(3):
    if r != row:
        T[r] -= T[r, col] * T[row]
print("2b", T.astype(int).tolist())
print("2c", int(T[2, 4]))
nonbasic_rc = [T[2, k] for k in range(4) if not (sorted(abs(T[:2, k])) == [0, 1] and T[2, k] == 0)]
print("2d unique:", all(rc > 0 for rc in nonbasic_rc))
