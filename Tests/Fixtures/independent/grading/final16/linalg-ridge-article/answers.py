#!/usr/bin/env python3
"""Computes every numeric key value of linalg-ridge-article and checks key.yaml agrees."""
import numpy as np, re, pathlib
from fractions import Fraction

A = np.array([[2.0, 1.0], [1.0, 2.0]])
det = np.linalg.det(A); ev = np.sort(np.linalg.eigvalsh(A)); Ainv = np.linalg.inv(A)
a = np.array([1.0, 0.0, 1.0]); b = np.array([1.0, 2.0, 3.0])
p = a @ b / (a @ a) * a; dist = np.linalg.norm(b - p); P = np.outer(a, a) / (a @ a)
x = [1, 2, 3]; y = [2, 3, 5]; lam = 1
w = Fraction(sum(xi * yi for xi, yi in zip(x, y)), sum(xi * xi for xi in x) + lam)
print("det", det, "eig", ev, "Ainv", Ainv.tolist())
print("p", p, "dist", dist, "P", P.tolist(), "w", w, float(w))
vals = {"1a": det, "1b": ev, "1c": Ainv, "2a": p, "2b": dist, "2c": P, "3": float(w)}
key = pathlib.Path(__file__).with_name("key.yaml").read_text()
for k, v in vals.items():
    m = re.search(r'^\s*"%s":\s*\{\s*answer:\s*("[^"]*"|\[.*\]|[-\d.e]+)' % re.escape(k), key, re.M)
    assert m, k
    raw = m.group(1)
    frac = lambda t: float(Fraction(t))
    kv = frac(raw.strip('"')) if raw.startswith('"') else eval(re.sub(r'"([^"]*)"', r'frac("\1")', raw))
    tol = 5e-4 if k == "2b" else 1e-9
    assert np.allclose(np.array(kv, float), np.array(v, float), atol=tol), (k, kv, v)
    print(k, raw)
print("key agrees")
