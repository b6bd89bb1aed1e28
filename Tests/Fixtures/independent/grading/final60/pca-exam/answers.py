#!/usr/bin/env python3
"""Compute every numeric key value for pca-exam and check key.yaml agrees."""
import os
import numpy as np
import yaml

X = np.array([[-1, 4], [1, 2], [2, 5], [3, 8], [5, 6]], dtype=float)
n = len(X)
mean = X.mean(axis=0)
S = np.cov(X, rowvar=False, ddof=1)
evals, evecs = np.linalg.eigh(S)
order = np.argsort(evals)[::-1]
evals, evecs = evals[order], evecs[:, order]
u1 = evecs[:, 0] * np.sign(evecs[0, 0])
frac = evals[0] / evals.sum()
z5 = u1 @ (X[4] - mean)
xhat5 = mean + z5 * u1
# 2c: scaling all data by 10 scales S by 100, ratio unchanged
S10 = np.cov(10 * X, rowvar=False, ddof=1)
e10 = np.linalg.eigvalsh(S10)
frac10 = e10.max() / e10.sum()
choice_2c = "C" if abs(frac10 - frac) < 1e-12 else ("A" if frac10 > frac else "B")
# 2d: standardise and compare directions
Z = (X - mean) / X.std(axis=0, ddof=1)
ez, vz = np.linalg.eigh(np.cov(Z, rowvar=False, ddof=1))
w1 = vz[:, np.argmax(ez)]
w1 = w1 * np.sign(w1[0])
changes = not np.allclose(w1, u1)

vals = {
    "1a": mean.tolist(),
    "1b": S.tolist(),
    "1c": evals.tolist(),
    "1d": float(frac),
    "2a": float(z5),
    "2b": xhat5.tolist(),
    "2c": choice_2c,
    "2d": "true" if changes else "false",
}
for k, v in vals.items():
    print(k, v)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k, v in vals.items():
    e = key[k]
    if "answer" in e:
        tol = e.get("tolerance", 1e-9)
        if not np.allclose(np.array(e["answer"], dtype=float), np.array(v, dtype=float), atol=tol, rtol=0):
            print("MISMATCH", k, e, v); ok = False
    elif "choice" in e:
        if e["choice"] != v: print("MISMATCH", k, e, v); ok = False
    elif "text" in e:
        if e["text"] != v: print("MISMATCH", k, e, v); ok = False
print("key agrees" if ok else "KEY DISAGREES")
