"""Recompute every numeric answer of optim-ws5 and write expected.yaml."""
import math
import numpy as np
import yaml

parts = []


def r(x, n=4):
    a = np.round(np.asarray(x, dtype=float), n) + 0.0
    return a.tolist() if a.ndim else float(a)


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


TOL = 0.0005

# ---- Problem 1
z = np.array([2.0, -1.0, 0.5])
sig = 1 / (1 + np.exp(-z))
add("1a", "sigmoid", "vector", r(sig), tolerance=TOL)
add("1b", "sigmoid derivative", "vector", r(sig * (1 - sig)), tolerance=TOL)
add("1c", "tanh derivative", "vector", r(1 - np.tanh(z) ** 2), tolerance=TOL)


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


add("1d", "softmax", "vector", r(softmax(z)), tolerance=TOL)
add("1e", "softmax temperature", "vector", r(softmax(z / 2)), tolerance=TOL)
add("1f", "softmax shift invariance", "boolean", bool(not np.allclose(softmax(z + 100), softmax(z))))

# ---- Problem 2
logits = np.array([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
labels = np.array([1, 2]) - 1
ce = np.array([-np.log(softmax(l)[y]) for l, y in zip(logits, labels)])
add("2a", "cross-entropy loss", "real", r(ce[0]), tolerance=TOL)
add("2b", "cross-entropy loss mean", "real", r(ce.mean()), tolerance=TOL)
s, y = logits[1], labels[1]
hinge = sum(max(0.0, s[j] - s[y] + 1) for j in range(3) if j != y)
add("2c", "multiclass hinge loss", "real", r(hinge), tolerance=TOL)
pred = np.array([0.5, 1.5, -1.0]); tgt = np.array([1.0, 1.0, 0.0])
add("2d", "mse loss", "real", r(np.mean((pred - tgt) ** 2)), tolerance=TOL)
nc("2e", "explain in words")

# ---- Problem 3
def grad(w):
    return np.array([2 * (w[0] - 3), 4 * w[1]])


w0 = np.array([1.0, 1.0]); eta = 0.1
w = w0 - eta * grad(w0)
add("3a", "sgd step", "real", r(w[0]), tolerance=TOL)

w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    g = grad(w); v = 0.9 * v + g; w = w - eta * v
add("3b", "sgd momentum steps", "vector", r(w), tolerance=TOL)

w = w0.copy(); v = np.zeros(2)
g = grad(w); v = 0.9 * v + g; w = w - eta * (g + 0.9 * v)
add("3c", "nesterov step", "vector", r(w), tolerance=TOL)

w = w0.copy(); m = np.zeros(2); s2 = np.zeros(2); b1, b2, eps = 0.9, 0.999, 1e-8
for t in range(1, 3):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s2 = b2 * s2 + (1 - b2) * g * g
    mh = m / (1 - b1 ** t); vh = s2 / (1 - b2 ** t)
    w = w - eta * mh / (np.sqrt(vh) + eps)
add("3d", "adam steps", "vector", r(w), tolerance=TOL)

g = grad(w0) + 0.01 * w0
add("3e", "sgd weight decay step", "vector", r(w0 - eta * g), tolerance=TOL)

add("3f", "step lr schedule", "real", r(0.1 * 0.5 ** (25 // 10)), tolerance=1e-6)
emax, emin, T, t = 0.1, 0.001, 100, 25
add("3g", "cosine lr schedule", "real", r(emin + (emax - emin) * (1 + math.cos(math.pi * t / T)) / 2, 6), tolerance=1e-5)
nc("3h", "ambiguous: whether warm-up starts from 0 or from 0.1/5 and whether epochs are numbered from 0 or 1")

# ---- Problem 4
X = np.array([[1, 0], [0, 1], [1, 1], [2, 1]], float)
Y = np.array([1, 2, 2, 5], float)
w_ols = np.linalg.solve(X.T @ X, X.T @ Y)
add("4a", "least squares closed form", "vector", r(w_ols), tolerance=TOL)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ Y)
add("4b", "ridge closed form", "vector", r(w_r), tolerance=TOL)
add("4c", "least squares training mse", "real", r(np.mean((X @ w_ols - Y) ** 2)), tolerance=TOL)
X1 = np.hstack([np.ones((4, 1)), X])
add("4d", "least squares with intercept", "vector", r(np.linalg.lstsq(X1, Y, rcond=None)[0]), tolerance=TOL)
nc("4e", "prove")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "optim-ws5", "source": "problems.txt", "parts": parts}, f, sort_keys=False,
                   default_flow_style=None)
