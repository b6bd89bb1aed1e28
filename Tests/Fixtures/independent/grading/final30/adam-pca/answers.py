"""Key values for adam-pca."""
import numpy as np

# 1. Adam on f(w) = (w1 - 3)^2 + 2 w2^2 from w0 = (1, -1)
def grad(w):
    return np.array([2 * (w[0] - 3), 4 * w[1]])
lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
w = np.array([1.0, -1.0]); m = np.zeros(2); v = np.zeros(2)
for t in (1, 2):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    mh = m / (1 - b1 ** t); vh = v / (1 - b2 ** t)
    w = w - lr * mh / (np.sqrt(vh) + eps)
    print(f"1{'ab'[t-1]} w{t} =", w, "->", np.round(w, 4), "g =", g)

# 1c. cosine schedule
lmax, lmin, T, t = 0.1, 0.001, 100, 30
lr30 = lmin + 0.5 * (lmax - lmin) * (1 + np.cos(np.pi * t / T))
print("1c", lr30, "-> 4 s.f.", float(f"{lr30:.4g}"))

# 2. PCA
X = np.array([[2, 1], [-2, -1], [1, 2], [-1, -2], [0, 0]], float)
print("mean", X.mean(0))
C = np.cov(X.T, ddof=1)
print("2a", C)
ev, V = np.linalg.eigh(C)
print("2b", ev.max(), "eigvals", ev)
print("2c", ev.max() / ev.sum())
u = V[:, np.argmax(ev)]; u = u * np.sign(u[0])
print("2d", X[2] @ u, "u =", u, "3/sqrt2 =", 3 / np.sqrt(2), "3*sqrt2 =", 3 * np.sqrt(2))
print("2e true (eigenvectors of a symmetric matrix are orthogonal):", abs(V[:, 0] @ V[:, 1]) < 1e-12)

# machine-readable lines checked by ../validate.py against key.yaml
import json
w = np.array([1.0, -1.0]); m = np.zeros(2); v = np.zeros(2); ws = []
for t in (1, 2):
    g = grad(w); m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g * g
    w = w - lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps); ws.append(w.tolist())
for pid, val in [("1a", ws[0]), ("1b", ws[1]), ("1c", float(lr30)), ("2a", C.tolist()),
                 ("2b", float(ev.max())), ("2c", float(ev.max() / ev.sum())), ("2d", float(X[2] @ u)),
                 ("2e", "true" if abs(V[:, 0] @ V[:, 1]) < 1e-12 else "false")]:
    print("KEY", pid, json.dumps(val))
