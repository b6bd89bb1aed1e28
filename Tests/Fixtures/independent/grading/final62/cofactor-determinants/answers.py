#!/usr/bin/env python3
"""Compute the key values for cofactor-determinants; prints JSON {part: value}."""
import json
from fractions import Fraction

import numpy as np


def minor(m, i, j):
    return np.delete(np.delete(m, i, axis=0), j, axis=1)


def det_exact(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m)
    if n == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det_exact([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(n))


A = np.array([[2, -1, 3], [0, 4, 1], [5, 2, -2]])
C = np.array([[(-1) ** (i + j) * det_exact(minor(A, i, j).tolist()) for j in range(3)] for i in range(3)], dtype=object)
detA = sum(A[i, 0] * C[i, 0] for i in range(3))          # first-column expansion
adj = C.T
inv23 = Fraction(adj[1, 2]) / detA

n, detM = 3, -4
out = {
    "1a": int(C[0, 2]),
    "1b": int(detA),
    "1c": [[int(x) for x in row] for row in adj],
    "1d": f"{inv23.numerator}/{inv23.denominator}",
    "2a": 2 ** n * detM,
    "2b": detM ** (n - 1),
    "2c": "true" if detM ** 2 == -16 else "false",
}
# problem 3: det B_k = 1 - 3k, find the root symbolically and pick the option
ks = {"A": Fraction(-1, 3), "B": Fraction(0), "C": Fraction(1, 3), "D": Fraction(3)}
def detB(k):
    return det_exact([[1, k, 0], [2, 1, k], [0, 1, 1]])
out["3"] = next(l for l, k in ks.items() if detB(k) == 0)
assert np.isclose(np.linalg.det(A), float(detA))
assert np.allclose(np.linalg.inv(A) * float(detA), adj.astype(float))
print(json.dumps(out))
