#!/usr/bin/env python3
"""Answer key for simplex-wyndor: runs the tableau simplex with Dantzig's rule and prints key values."""
import numpy as np
A = np.array([[1, 0], [0, 2], [3, 2]], float)
b = np.array([4, 12, 18], float)
c = np.array([3, 5], float)
T = np.hstack([A, np.eye(3), b[:, None]])
cost = np.concatenate([c, np.zeros(3)])
names = ["x1", "x2", "s1", "s2", "s3"]
basis = [2, 3, 4]
x0 = np.zeros(5); x0[basis] = T[:, 5]
print("3.1a", x0.tolist())
first = True
while True:
    red = cost - cost[basis] @ T[:, :5]
    j = int(np.argmax(red))
    if red[j] <= 1e-12:
        break
    ratios = np.array([T[i, 5] / T[i, j] if T[i, j] > 1e-12 else np.inf for i in range(3)])
    i = int(np.argmin(ratios))
    if first:
        print("3.1b", names[j], "-> choice B" if names[j] == "x2" else "")
        print("3.1c.i", ratios[i])
        print("3.1c.ii", names[basis[i]])
    T[i] /= T[i, j]
    for r in range(3):
        if r != i:
            T[r] -= T[r, j] * T[i]
    basis[i] = j
    if first:
        print("3.1d", cost[basis] @ T[:, 5])
        first = False
x = np.zeros(5); x[basis] = T[:, 5]
print("3.1e", x[:2].tolist())
print("3.1f", cost @ x)
B = np.hstack([A, np.eye(3)])[:, basis]
y = np.linalg.solve(B.T, cost[basis])
print("3.1g", np.round(y, 10).tolist(), " check b.y =", b @ y)
