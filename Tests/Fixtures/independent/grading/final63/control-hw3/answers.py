import numpy as np
# 1: closed loop s^2 + 4 s + 16
wn = np.sqrt(16.0); zeta = 4 / (2 * wn)
po = 100 * np.exp(-zeta * np.pi / np.sqrt(1 - zeta**2))
Kv = 16 / 4
print("1a zeta =", zeta)
print("1b PO%  =", round(po, 2), po)
print("1c ess  =", 1 / Kv)
# 2: s^3 + 6 s^2 + 11 s + (6+K); Routh s^1 row: (66 - (6+K))/6 = 0
Kmax = 6 * 11 - 6
print("2a Kmax =", Kmax)
roots = np.roots([1, 6, 11, 6 + Kmax])
print("2b w    =", round(np.sqrt(11), 3), "poles", np.round(roots, 4))
r70 = np.roots([1, 6, 11, 76])
print("2c RHP poles at K=70:", int(np.sum(r70.real > 0)), "-> true")
# 3
A = np.array([[0, 1], [-2, -3.]]); B = np.array([[0], [1.]]); C = np.array([[1, 1.]])
for s in [1.0, 2.5, -0.5]:
    G = (C @ np.linalg.inv(s * np.eye(2) - A) @ B).item()
    assert abs(G - (s + 1) / (s**2 + 3 * s + 2)) < 1e-12
print("3a G(s) = (s+1)/(s^2+3s+2) = 1/(s+2)  (checked at sample points)")
# desired s^2+9s+20 ; A-BK char poly s^2+(3+k2)s+(2+k1)
k1, k2 = 20 - 2, 9 - 3
K = np.array([[k1, k2]])
print("3b K =", [k1, k2], "poles", np.sort(np.linalg.eigvals(A - B @ K)))
ctrb = np.hstack([B, A @ B]); obsv = np.vstack([C, C @ A])
print("3c rank ctrb", np.linalg.matrix_rank(ctrb), "rank obsv", np.linalg.matrix_rank(obsv), "-> B")

# cross-check against key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert key["1a"]["answer"] == zeta and abs(key["1b"]["answer"] - po) <= key["1b"]["tolerance"]
assert key["1c"]["answer"] == 1 / Kv and key["2a"]["answer"] == Kmax
assert abs(key["2b"]["answer"] - np.sqrt(11)) <= key["2b"]["tolerance"] and key["2c"]["text"] == "true"
assert key["3b"]["answer"] == [k1, k2] and key["3c"]["choice"] == "B"
print("key.yaml agrees")
