"""Key values for exercises-ch4."""
import numpy as np
from fractions import Fraction as F

# 4.1 camera-trap classifier
p, sens, fpr = 0.02, 0.90, 0.05
a = p * sens / (p * sens + (1 - p) * fpr)
b = p * sens**2 / (p * sens**2 + (1 - p) * fpr**2)
print("4.1a", a, "->", round(a, 3))
print("4.1b", b, "->", round(b, 3))
def post_k(k):   # the key expression 1/(1 + 49*(1/18)^k)
    return 1 / (1 + 49 * (1 / 18) ** k)
def post_k_direct(k):
    return p * sens**k / (p * sens**k + (1 - p) * fpr**k)
for k in range(0, 6):
    assert abs(post_k(k) - post_k_direct(k)) < 1e-12
assert abs(post_k(1) - a) < 1e-12 and abs(post_k(2) - b) < 1e-12
print("4.1c 1/(1 + 49*(1/18)^k) agrees with Bayes for k = 0..5")

# 4.2 projection
A = np.array([[1, 0], [1, 1], [0, 1]], float)
P = A @ np.linalg.inv(A.T @ A) @ A.T
print("4.2a.i 3P =\n", np.round(3 * P, 10))
print("   as fractions:", [[str(F(x).limit_denominator(10)) for x in r] for r in P])
bvec = np.array([3, 0, 3], float)
print("4.2a.ii", P @ bvec)
M = np.array([[2, -1, 0], [1, 3, 2], [0, 1, 4]], float)
print("4.2b", np.linalg.det(M), "->", round(np.linalg.det(M)))

# 4.3 batch norm
x = np.array([2, 4, 4, 6], float)
mu, var_b, var_u = x.mean(), x.var(ddof=0), x.var(ddof=1)
gamma, beta = 3.0, 1.0
y = gamma * (x - mu) / np.sqrt(var_b) + beta
print("4.3a", var_b)
print("4.3b", y[-1], "->", round(y[-1], 3), "all y:", y)
rv = 0.9 * 1.0 + 0.1 * var_u
print("4.3c", rv, "->", round(rv, 4), "(biased would give", 0.9 + 0.1 * var_b, ")")

# machine-readable lines checked by ../validate.py against key.yaml
import json
for pid, val in [("4.1a", a), ("4.1b", b), ("4.1c", "1/(1 + 49*(1/18)^k)"), ("4.2a.i", P.tolist()), ("4.2a.ii", (P @ bvec).tolist()),
                 ("4.2b", float(np.linalg.det(M))), ("4.3a", float(var_b)), ("4.3b", float(y[-1])),
                 ("4.3c", float(rv))]:
    print("KEY", pid, json.dumps(val))
