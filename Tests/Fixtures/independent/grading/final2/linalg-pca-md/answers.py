#!/usr/bin/env python3
"""Compute every numeric key value of linalg-pca-md and check key.yaml against it."""
from fractions import Fraction
from pathlib import Path

import numpy as np
try:  # only needed to compare with key.yaml
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

HERE = Path(__file__).resolve().parent

A = np.array([[4, 1], [2, 3]], dtype=float)
B = np.array([[2, 0, 1], [1, 3, 2], [1, 1, 2]], dtype=float)
a = np.array([2, 1, 2], dtype=float)
b = np.array([1, 3, 2], dtype=float)
xs = np.array([0, 1, 2, 3], dtype=float)
ys = np.array([1, 3, 4, 4], dtype=float)
S = np.array([[5, 2], [2, 2]], dtype=float)

eig_A = np.sort(np.linalg.eigvals(A).real)                       # 1a
det_B = np.linalg.det(B)                                         # 1b
inv_A = np.linalg.inv(A)                                         # 1c
p = (a @ b) / (a @ a) * a                                        # 2a
dist = np.linalg.norm(b - p)                                     # 2b
X = np.column_stack([np.ones_like(xs), xs])
c_m = np.linalg.lstsq(X, ys, rcond=None)[0]                      # 2c
w, V = np.linalg.eigh(S)
frac = w[-1] / w.sum()                                           # 3a
v1 = V[:, -1] * np.sign(V[0, -1])                                # 3b
# 3c: a rotation by 90 degrees has eigenvalues +-i
R = np.array([[0, -1], [1, 0]], dtype=float)
rot_eigs = np.linalg.eigvals(R)

computed = {"1a": eig_A, "1b": det_B, "1c": inv_A, "2a": p, "2b": dist, "2c": c_m, "3a": frac, "3b": v1}

if __name__ == "__main__":
    if yaml is None:
        for part, value in computed.items():
            print(f"{part:>8}: {value}")
        print("PyYAML not installed: values printed, key not compared")
        raise SystemExit(0)
    key = yaml.safe_load((HERE / "key.yaml").read_text())["parts"]
    ok = True
    for part, value in computed.items():
        entry = key[part]
        want = entry["answer"]
        want = np.asarray(want, dtype=float) if isinstance(want, list) \
            else float(Fraction(str(want)))
        tol = entry.get("tolerance", 1e-9)
        agree = np.allclose(np.asarray(value, dtype=float), want, rtol=0, atol=tol)
        print(f"{part:>3}: computed {np.round(value, 6).tolist()!s:28s} key {entry['answer']!s:30s} "
              f"{'OK' if agree else 'MISMATCH'}")
        ok &= bool(agree)
    print(f" 3c: eigenvalues of a 90-degree rotation {rot_eigs} -> statement is",
          key["3c"]["text"])
    ok &= key["3c"]["text"] == "false" and bool(np.any(np.abs(rot_eigs.imag) > 0))
    print(f"     (3a exact: 6/7 = {6/7:.6f}; 3b exact: (2, 1)/sqrt(5))")
    raise SystemExit(0 if ok else 1)
