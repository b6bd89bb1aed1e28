#!/usr/bin/env python3
"""Compute every numeric key value of la-ml-exercises and check key.yaml agrees."""
import os, sys
import numpy as np
import yaml

A = np.array([[4.0, 1.0], [2.0, 3.0]])
eig = sorted(np.linalg.eigvals(A).real)
det_inv = np.linalg.det(np.linalg.inv(A))
Ainv = np.linalg.inv(A)
a, b = np.array([1.0, 1.0, 0.0]), np.array([2.0, 3.0, 4.0])
proj = (a @ b) / (a @ a) * a
dist = np.linalg.norm(b - proj)
grad = lambda w: np.array([2 * (w[0] - 3), 4 * (w[1] + 1)])
w0 = np.zeros(2)
g0 = grad(w0)
w1 = w0 - 0.1 * g0
# 2.3c: eta = 0.5 -> w2 error multiplied by (1 - 0.5*4) = -1 each step: oscillates forever
w = w0.copy()
for _ in range(50):
    w = w - 0.5 * grad(w)
print("2.3c eta=0.5 after 50 steps:", w, "-> does not converge (w2 flips between -2 and 0)")

vals = {"2.1a": eig, "2.1b": det_inv, "2.1c": Ainv.tolist(), "2.2a": proj.tolist(),
        "2.2b": dist, "2.3a": g0.tolist(), "2.3b": w1.tolist()}
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k, v in vals.items():
    e = key[k]
    tol = e.get("tolerance", 1e-9)
    good = np.allclose(np.array(v, dtype=float), np.array(e["answer"], dtype=float), atol=tol, rtol=0)
    print(k, v, "key", e["answer"], "OK" if good else "MISMATCH")
    ok &= bool(good)
print("exact 2.2b: sqrt(66)/2 =", np.sqrt(66) / 2)
sys.exit(0 if ok else 1)
