#!/usr/bin/env python3
"""Computes every numeric key value of linalg-numerics/key.yaml and checks it against the key.
Part 3c (a symbolic expression) is checked numerically at a few points."""
from fractions import Fraction as F
import numpy as np, yaml, os, sys

A = np.array([[2.0, 1.0], [1.0, 2.0]]); B = np.array([[3.0, 1.0], [5.0, 2.0]])
eig = sorted(np.linalg.eigvalsh(A).tolist())
detA3 = np.linalg.det(np.linalg.matrix_power(A, 3))
Binv = np.linalg.inv(B)

a = np.array([1.0, 0.0, 1.0]); b = np.array([1.0, 2.0, 3.0])
p = (a @ b) / (a @ a) * a; dist = np.linalg.norm(b - p)

x = F(1)
for _ in range(2):
    x = x - (x * x - 2) / (2 * x)

X = np.array([[1, 0], [1, 1], [1, 2]], float); yv = np.array([1, 3, 4], float)
c = np.linalg.solve(X.T @ X, X.T @ yv)

computed = {"1a": eig, "1b.i": detA3, "1b.ii": Binv.tolist(), "2a": p.tolist(), "2b": dist,
            "3a": x, "3b": c.tolist()}
for k, v in computed.items():
    print(k, v)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
def num(v):
    if isinstance(v, list):
        return [num(u) for u in v]
    return float(F(v)) if isinstance(v, str) else float(v)
ok = True
for k, v in computed.items():
    e = key[k]
    tol = e.get("tolerance", 1e-9)
    if not np.allclose(np.array(num(v) if not isinstance(v, F) else float(v), float),
                       np.array(num(e["answer"]), float), atol=tol, rtol=0):
        ok = False; print("MISMATCH", k, v, e)
# 3c: the expression must agree with one Newton step for several (x, a)
expr = key["3c"]["expression"]
for xv, av in [(1.0, 2.0), (3.0, 5.0), (0.7, 0.3)]:
    newton = xv - (xv * xv - av) / (2 * xv)
    val = eval(expr, {}, {"x": xv, "a": av})
    if abs(val - newton) > 1e-12:
        ok = False; print("MISMATCH 3c", xv, av, val, newton)
print("3c", expr, "(checked against x - f/f')")
print("key agrees" if ok else "KEY DISAGREES"); sys.exit(0 if ok else 1)
