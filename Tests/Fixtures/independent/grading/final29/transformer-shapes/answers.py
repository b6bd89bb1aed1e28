"""Computes every numeric key value of transformer-shapes and checks key.yaml against it."""
import os
import numpy as np
import yaml

B, n, d, h, dff = 16, 128, 512, 8, 2048
dk = d // h
v = {}
v["1a"] = [B, h, n, dk]
v["1b"] = [B, h, n, n]
v["1c"] = 4 * (d * d + d)
v["1d"] = (d * dff + dff) + (dff * d + d)
q = np.array([1.0, 2.0])
K = np.array([[1, 0], [0, 1], [1, 1]], float)
V = np.array([[1, 0], [0, 1], [1, 1]], float)
s = K @ q / np.sqrt(2)
a = np.exp(s) / np.exp(s).sum()
v["2a"] = list(np.round(a, 3))
v["2b"] = list(np.round(a @ V, 3))
print("unrounded weights", a, "output", a @ V)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for pid, val in v.items():
    k = key[pid]
    if "shape" in k:
        good = list(k["shape"]) == list(val)
    else:
        tol = k.get("tolerance", 1e-9)
        good = np.allclose(np.array(k["answer"], float), np.array(val, float), atol=tol, rtol=0)
    ok &= bool(good)
    print(f"{pid:4} computed={val}  key={k}  {'OK' if good else 'MISMATCH'}")
print("3a, 3b are conceptual (C: n x n matrix; false: a mask has no parameters)")
print("ALL OK" if ok else "KEY DISAGREES")
raise SystemExit(0 if ok else 1)
