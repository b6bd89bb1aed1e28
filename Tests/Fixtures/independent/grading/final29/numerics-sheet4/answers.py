"""Computes every numeric key value of numerics-sheet4 and checks key.yaml against it."""
import os
import numpy as np
import yaml

v = {}
A = np.array([[3.0, 0.0], [4.0, 5.0]])
s = np.linalg.svd(A, compute_uv=False)
v["4.1a"] = list(s)
v["4.1b"] = s[0] / s[1]
U, S, Vt = np.linalg.svd(A)
A1 = S[0] * np.outer(U[:, 0], Vt[0])
v["4.1c"] = np.linalg.norm(A - A1, "fro")
G = np.diag([4.0, 1.0]); b = np.array([8.0, 3.0])
ridge = lambda lam: np.linalg.solve(G + lam * np.eye(2), b)
v["4.2a.i"] = list(ridge(0))
v["4.2a.ii"] = list(ridge(2))
# df(lam) = tr(X (X'X + lam I)^-1 X') = tr((X'X + lam I)^-1 X'X)
v["4.2b"] = np.trace(np.linalg.solve(G + 2 * np.eye(2), G))
for lam in (0.0, 0.5, 2.0, 7.0):   # expression 8/(4+lambda) against the path
    assert abs(ridge(lam)[0] - 8 / (4 + lam)) < 1e-12
x = 2.0
for _ in range(2):
    x = x - (x**3 - 2 * x - 5) / (3 * x * x - 2)
print("x2 unrounded", x)
v["4.3a"] = round(x, 4)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for pid, val in v.items():
    k = key[pid]
    tol = k.get("tolerance", 1e-9)
    good = np.allclose(np.array(k["answer"], float), np.array(val, float), atol=tol, rtol=0)
    ok &= bool(good)
    print(f"{pid:8} computed={val}  key={k}  {'OK' if good else 'MISMATCH'}")
print("4.2c expression 8/(4+lambda) checked against the path; 4.3b conceptual (C: quadratic)")
print("ALL OK" if ok else "KEY DISAGREES")
raise SystemExit(0 if ok else 1)
