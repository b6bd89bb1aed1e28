"""Key values for linalg-lsq-course (MATH 221 week 4 exercises)."""
import numpy as np
from fractions import Fraction as F

A = np.array([[2., 1.], [1., 2.]])
print("4.1a eigenvalues =", sorted(np.linalg.eigvalsh(A)))
print("4.1b det(A^3) =", round(np.linalg.det(np.linalg.matrix_power(A, 3)), 9))

a = [F(1), F(2), F(2)]; b = [F(2), F(1), F(3)]
c = sum(x*y for x, y in zip(a, b)) / sum(x*x for x in a)
print("4.2 proj =", [str(c*x) for x in a], [float(c*x) for x in a])

xs = np.array([0., 1., 2., 3.]); ys = np.array([1., 3., 4., 8.])
X = np.column_stack([np.ones(4), xs])
coef = np.linalg.solve(X.T @ X, X.T @ ys)
print("4.3a (c0, c1) =", coef)
print("4.3b RSS =", float(((ys - X @ coef)**2).sum()))
print("4.3c X^T X =", (X.T @ X).tolist())

C = np.array([[5., 2.], [2., 2.]])
w, V = np.linalg.eigh(C)
print("4.4a explained fraction =", w.max() / w.sum())
v = V[:, np.argmax(w)]; v = v if v[0] > 0 else -v
print("4.4b first PC =", v)

# --- agreement with key.yaml ---
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
def val(v):
    if isinstance(v, list): return np.array([val(e) for e in v], dtype=float)
    return float(F(v)) if isinstance(v, str) else float(v)
computed = {"4.1a": sorted(np.linalg.eigvalsh(A)), "4.1b": np.linalg.det(np.linalg.matrix_power(A, 3)),
            "4.2": [float(c*x) for x in a], "4.3a": coef, "4.3b": ((ys - X @ coef)**2).sum(),
            "4.3c": X.T @ X, "4.4a": w.max() / w.sum(), "4.4b": v}
for k, cv in computed.items():
    assert np.allclose(val(key[k]["answer"]), cv, atol=1e-6), (k, key[k], cv)
print("key.yaml agrees")
