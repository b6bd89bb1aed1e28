#!/usr/bin/env python3
"""Compute every value of the svd-lowrank key with numpy.

Prints one line per key part: `<part>: <json value>`.
"""
import json
from fractions import Fraction

import numpy as np

A = np.array([[3.0, 0.0], [4.0, 5.0]])
U, s, Vt = np.linalg.svd(A)

out = {}
out["4.1a"] = [round(float(x), 9) for x in s]                       # sigma_1 >= sigma_2
out["4.1b"] = round(float(s[0] / s[1]), 9)                          # condition number
v1 = Vt[0] * np.sign(Vt[0][0])                                       # first component positive
out["4.1c"] = [round(float(x), 9) for x in v1]
A1 = s[0] * np.outer(U[:, 0], Vt[0])                                 # Eckart-Young rank 1
out["4.2a"] = [[round(float(x), 9) for x in row] for row in A1]
out["4.2b"] = round(float(np.linalg.norm(A - A1, "fro")), 9)
# 4.3a: counterexample [[1,1],[0,1]] has eigenvalues 1, 1
# but singular values (sqrt5 +- 1)/2, so the statement is false.
B = np.array([[1.0, 1.0], [0.0, 1.0]])
stmt = np.allclose(sorted(np.linalg.svd(B)[1]), sorted(abs(np.linalg.eigvals(B))))
out["4.3a"] = "true" if stmt else "false"
m, n, r = 100, 80, 20
out["4.3b"] = m * r + r + n * r
P = np.linalg.pinv(A)
out["4.3c"] = [[str(Fraction(float(x)).limit_denominator(100)) for x in row] for row in P]

for k, v in out.items():
    print(f"{k}: {json.dumps(v)}")
