"""Expected answers for optim_attention_hw5 (DS-GA 1008 Homework 5). Writes expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 1e-3


def r(v, nd=4):
    if np.ndim(v) == 0:
        return round(float(v), nd) + 0.0
    if np.ndim(v) == 1:
        return [round(float(t), nd) + 0.0 for t in v]
    return [[round(float(t), nd) + 0.0 for t in row] for row in v]


def softmax_rows(S):
    S = np.atleast_2d(S)
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Problem 1 ----------------
def grad(w):
    return np.array([2 * w[0], 10 * w[1]])


w0 = np.array([1.0, 1.0])
eta = 0.1

# (a) plain GD
add("1a", "gradient descent step", "vector", r(w0 - eta * grad(w0)), tolerance=TOL)

# (b) heavy ball, PyTorch form, two steps
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("1b", "SGD with momentum (PyTorch form), two steps", "vector", r(w), tolerance=TOL)

# (c) Nesterov, Sutskever form, two steps
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v - eta * grad(w + 0.9 * v)
    w = w + v
add("1c", "Nesterov momentum (Sutskever form), two steps", "vector", r(w), tolerance=TOL)

# (d), (e) Adam
lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in (1, 2):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mh = m / (1 - b1 ** t)
    sh = s / (1 - b2 ** t)
    w = w - lr * mh / (np.sqrt(sh) + eps)
    adam.append(w.copy())
add("1d", "Adam step", "vector", r(adam[0]), tolerance=TOL)
add("1e", "Adam second step", "vector", r(adam[1]), tolerance=TOL)

# (f) SGD with coupled weight decay
lam = 0.01
add("1f", "SGD with weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0), 6), tolerance=1e-5)

# (g) cosine schedule
eta_max, eta_min, T = 0.1, 0.0, 100
add("1g", "cosine learning-rate schedule", "real",
    r(eta_min + 0.5 * (eta_max - eta_min) * (1 + math.cos(math.pi * 25 / T)), 6), tolerance=1e-4)
non("1h", "sketch and explain")

# ---------------- Problem 2 ----------------
xs = np.array([0.0, 1.0, 2.0, 3.0])
ys = np.array([1.0, 3.0, 2.0, 5.0])
X = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
add("2a", "least squares closed form", "vector", r(w_ols), tolerance=TOL)
add("2b", "least squares prediction", "real", r(w_ols @ np.array([1.0, 4.0])), tolerance=TOL)
add("2c", "residual sum of squares", "real", r(np.sum((ys - X @ w_ols) ** 2)), tolerance=TOL)
lamr = 2.0
w_r1 = np.linalg.solve(X.T @ X + lamr * np.eye(2), X.T @ ys)
add("2d", "ridge closed form (intercept penalized)", "vector", r(w_r1), tolerance=TOL)
w_r2 = np.linalg.solve(X.T @ X + lamr * np.diag([0.0, 1.0]), X.T @ ys)
add("2e", "ridge closed form (intercept not penalized)", "vector", r(w_r2), tolerance=TOL)
non("2f", "derive / prove")

# ---------------- Problem 3 ----------------
Q = np.array([[1.0, 0.0], [0.0, 1.0]])
K = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
V = np.array([[1.0, 2.0], [0.0, 1.0], [3.0, 0.0]])
dk = 2
S = Q @ K.T / math.sqrt(dk)
A = softmax_rows(S)
add("3.1", "attention scores", "matrix", r(S), tolerance=TOL)
add("3.2", "attention weights (softmax)", "matrix", r(A), tolerance=TOL)
add("3.3", "attention output", "matrix", r(A @ V), tolerance=TOL)
Sm = S[0].copy()
Sm[1] = -np.inf
am = softmax_rows(Sm)[0]
add("3.4", "masked attention output", "vector", r(am @ V), tolerance=TOL)
A10 = softmax_rows((10 * Q) @ K.T / math.sqrt(dk))
add("3.5", "attention scale invariance (true/false)", "boolean", bool(np.allclose(A10, A)))

# ---------------- Problem 4 ----------------
z = np.array([1.0, 2.0, 3.0])
add("4a", "softmax with temperature", "vector", r(softmax_rows(z / 2.0)[0]), tolerance=TOL)
peak, warm = 3e-4, 1000
add("4b", "linear warm-up learning rate", "real", peak * 250 / warm, tolerance=1e-7)

out = {"set": "optim_attention_hw5", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
