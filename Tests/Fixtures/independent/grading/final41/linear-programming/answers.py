#!/usr/bin/env python3
"""Compute every numeric key value for the linear programming set (numpy only)."""
import itertools
import numpy as np

# Exercise 4.1: enumerate vertices of {A x <= b, x >= 0}
A = np.array([[1, 0], [0, 2], [3, 2]], float)
b = np.array([4, 12, 18], float)
c = np.array([3, 5], float)
G = np.vstack([A, -np.eye(2)])
h = np.concatenate([b, np.zeros(2)])
best = None
for i, j in itertools.combinations(range(len(G)), 2):
    M = G[[i, j]]
    if abs(np.linalg.det(M)) < 1e-12:
        continue
    x = np.linalg.solve(M, h[[i, j]])
    if np.all(G @ x <= h + 1e-9):
        z = c @ x
        if best is None or z > best[0] + 1e-9:
            best = (z, x)
z, x = best
print("4.1a x* =", x.tolist())
print("4.1b z* =", z)
# Dual: min b.u  s.t. A^T u >= c, u >= 0. Complementary slackness: plant 1 slack (x=2<4) -> u1=0;
# binding rows 2,3: solve A[[1,2]]^T u_23 = c
u23 = np.linalg.solve(A[[1, 2]].T, c)
u = np.array([0.0, *u23])
print("4.1c u* =", u.tolist(), " dual objective =", b @ u, " feasible:", bool(np.all(A.T @ u >= c - 1e-9)))

# Exercise 4.2: balanced 2x2 transportation, one free parameter t = x11
cost = np.array([[4, 6], [5, 3]], float)
best = None
for t in np.arange(0, 30.5, 0.5):
    X = np.array([[t, 30 - t], [25 - t, 20 - (25 - t)]])
    if np.all(X >= -1e-9):
        tc = float((cost * X).sum())
        if best is None or tc < best[0] - 1e-9:
            best = (tc, X)
print("4.2a X* =", best[1].tolist())
print("4.2b min cost =", best[0])
alt = np.array([[20, 10], [5, 15]], float)
print("   cost of [[20,10],[5,15]] =", (cost * alt).sum(), "; with c22 read as 4:", (np.array([[4, 6], [5, 4]]) * best[1]).sum())

# Exercise 4.3(a): Dantzig rule on reduced profits (3, 5) -> y enters (B);
# ratio test on y column (0, 2, 2) with rhs (4, 12, 18): 12/2 = 6 < 18/2 = 9 -> s2 leaves (B)
col = A[:, 1]
ratios = [b[k] / col[k] if col[k] > 0 else np.inf for k in range(3)]
print("4.3a.i entering: y (B);  4.3a.ii ratios", ratios, "-> s%d leaves (B)" % (int(np.argmin(ratios)) + 1))
print("4.3b true (weak duality)")

# agreement with key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert np.allclose(x, key["4.1a"]["answer"]) and abs(z - key["4.1b"]["answer"]) < 1e-9
assert np.allclose(u, key["4.1c"]["answer"])
assert np.allclose(best[1], key["4.2a"]["answer"]) and abs(best[0] - key["4.2b"]["answer"]) < 1e-9
assert key["4.3a.i"]["choice"] == "B" and key["4.3a.ii"]["choice"] == "B" and key["4.3b"]["text"] == "true"
print("key agrees")
