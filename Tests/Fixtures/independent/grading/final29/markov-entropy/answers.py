"""Computes every numeric key value of markov-entropy and checks key.yaml against it."""
import os
import numpy as np
import yaml

P = np.array([[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.1, 0.4, 0.5]])
H = lambda p: -sum(x * np.log2(x) for x in p if x > 0)

v = {}
v["1a"] = (P @ P)[0, 2]
w, vec = np.linalg.eig(P.T)
pi = np.real(vec[:, np.argmin(abs(w - 1))]); pi = pi / pi.sum()
v["1b"] = list(pi)
# hitting time of R from S: h = 1 + Q h on transient states {S, C}
Q = P[:2, :2]
h = np.linalg.solve(np.eye(2) - Q, np.ones(2))
v["1c"] = h[0]
v["1d"] = float(pi @ np.array([H(r) for r in P]))
J = np.array([[0.5, 0.25], [0.0, 0.25]])
HXY = H(J.ravel()); HX = H(J.sum(1)); HY = H(J.sum(0))
v["2a"] = HXY
v["2b"] = HX + HY - HXY
p = np.array([0.5, 0.25, 0.25]); q = np.array([0.25, 0.25, 0.5])
v["2c"] = float(np.sum(p * np.log2(p / q)))
opts = {"A": 0.5, "B": 0.689, "C": 1.0, "D": 0.311}
hyx = HXY - HX
v["2d"] = min(opts, key=lambda k: abs(opts[k] - hyx))

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for pid, val in v.items():
    k = key[pid]
    if "choice" in k:
        good = k["choice"] == val
    else:
        tol = k.get("tolerance", 1e-9)
        good = np.allclose(np.array(k["answer"], float), np.array(val, float), atol=tol, rtol=0)
    ok &= bool(good)
    print(f"{pid:4} computed={val}  key={k}  {'OK' if good else 'MISMATCH'}")
print("ALL OK" if ok else "KEY DISAGREES")
raise SystemExit(0 if ok else 1)
