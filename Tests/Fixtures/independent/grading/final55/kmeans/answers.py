#!/usr/bin/env python3
"""Key values for kmeans/problems.md (python3 + numpy)."""
from fractions import Fraction as Fr
import numpy as np

P = {"A": (1, 1), "B": (2, 1), "C": (4, 3), "D": (5, 4), "E": (1, 2), "F": (7, 5)}
X = {k: np.array(v, dtype=float) for k, v in P.items()}

def sq(a, b):
    return float(((a - b) ** 2).sum())

c1, c2 = X["A"], X["D"]
print("1a", sq(X["C"], c1))
assign = {k: (1 if sq(v, c1) <= sq(v, c2) else 2) for k, v in X.items()}
g1 = [k for k in P if assign[k] == 1]
g2 = [k for k in P if assign[k] == 2]
n1 = tuple(Fr(sum(P[k][i] for k in g1), len(g1)) for i in range(2))
n2 = tuple(Fr(sum(P[k][i] for k in g2), len(g2)) for i in range(2))
print("clusters", g1, g2)
print("1b", n1)
print("1c", n2)
inertia = sum(sum((P[k][i] - n1[i]) ** 2 for i in range(2)) for k in g1) + \
          sum(sum((P[k][i] - n2[i]) ** 2 for i in range(2)) for k in g2)
print("1d", inertia)
m1, m2 = np.array([float(v) for v in n1]), np.array([float(v) for v in n2])
assign2 = {k: (1 if sq(v, m1) <= sq(v, m2) else 2) for k, v in X.items()}
print("1e", "B" if assign2 == assign else "assignments changed!", assign2)
d2 = {k: sq(v, X["A"]) for k, v in X.items()}
pF = Fr(int(d2["F"]), int(sum(d2.values())))
print("2a", pF, float(pF))
dist = lambda a, b: float(np.linalg.norm(X[a] - X[b]))
a = np.mean([dist("B", k) for k in ("A", "E")])
b = np.mean([dist("B", k) for k in ("C", "D", "F")])
s = 1 - a / b
print("2b", round(s, 3), s)
# Problem 3: 1-D Lloyd
data = [0, 2, 3, 9, 10]
c = [Fr(0), Fr(10)]
while True:
    g = [[x for x in data if abs(x - c[0]) <= abs(x - c[1])], [x for x in data if abs(x - c[0]) > abs(x - c[1])]]
    new = [Fr(sum(gi), len(gi)) for gi in g]
    if new == c:
        break
    c = new
print("3 ", tuple(c), tuple(float(v) for v in c))
# look-alike wrong values used in transcripts
print("wrong: 1a euclidean", np.sqrt(13))
d = {k: np.sqrt(v) for k, v in d2.items()}
print("wrong: 2a with D(x) not squared", d["F"] / sum(d.values()))
print("wrong: 2b with squared distances", 1 - np.mean([sq(X['B'], X[k]) for k in 'AE']) / np.mean([sq(X['B'], X[k]) for k in 'CDF']))
