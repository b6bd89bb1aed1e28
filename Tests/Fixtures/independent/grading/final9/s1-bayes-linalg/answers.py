#!/usr/bin/env python3
"""Compute every numeric key value of STAT 2410 HW3 and check key.yaml agrees."""
import os
import numpy as np
import yaml

here = os.path.dirname(os.path.abspath(__file__))
key = yaml.safe_load(open(os.path.join(here, "key.yaml")))["parts"]

prev, sens, fpr = 0.02, 0.95, 0.04
p_pos = prev * sens + (1 - prev) * fpr
p_d_pos = prev * sens / p_pos
p_d_pospos = prev * sens**2 / (prev * sens**2 + (1 - prev) * fpr**2)

A = np.array([[4.0, 1.0], [2.0, 3.0]])
eig = sorted(np.linalg.eigvals(A).real)
det2A = np.linalg.det(2 * A)
v = np.array([2.0, 1.0, 2.0]); u = np.array([1.0, 1.0, 0.0])
proj = (v @ u) / (u @ u) * u
w = np.array([[1.0], [2.0]])
P = w @ w.T / (w.T @ w)

M = {"A": [[1, 2], [2, 1]], "B": [[2, -1], [-1, 2]], "C": [[0, 1], [1, 0]], "D": [[1, 0], [0, -1]]}
pd = [k for k, m in M.items() if min(np.linalg.eigvalsh(np.array(m, float))) > 0]

computed = {
    "1a": p_pos, "1b": p_d_pos, "1c": p_d_pospos,
    "2a": eig, "2b": det2A, "2c": list(proj), "2d": P.tolist(),
}
for pid, val in computed.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    ok = np.allclose(np.array(val, float), np.array(k["answer"], float), atol=max(tol, 1e-9), rtol=0)
    print(f"{pid}: computed {np.round(np.array(val, float), 6).tolist()}  key {k['answer']}  {'OK' if ok else 'MISMATCH'}")
    assert ok, pid
print(f"3: positive definite = {pd}  key {key['3']['choice']}")
assert pd == [key["3"]["choice"]]
# extra values used in labels / notes
print("rounded 1b, 1c:", round(p_d_pos, 3), round(p_d_pospos, 3))
print("wrong 1c (only sensitivity squared):", prev * sens**2 / (prev * sens**2 + (1 - prev) * fpr))
print("wrong 1b (forgot 0.98):", prev * sens / (prev * sens + fpr))
