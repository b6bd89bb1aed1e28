"""Recompute every answer of ps5_optim_attention/problems.md and write expected.yaml."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 0.001
parts = []


def r(a, nd=4):
    a = np.asarray(a, dtype=float)
    out = np.round(a, nd) + 0.0
    return out.tolist() if out.ndim else float(out)


def add(pid, family, kind, answer, **kw):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Question 1: optimizers ----------------
def grad(w):
    return np.array([w[0], 4.0 * w[1]])


w0 = np.array([1.0, -2.0])
lr = 0.1

add("1a", "SGD step", "vector", r(w0 - lr * grad(w0)), tolerance=TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - lr * v
add("1b", "SGD with momentum (PyTorch form)", "vector", r(w), tolerance=TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v - lr * grad(w + 0.9 * v)
    w = w + v
add("1c", "Nesterov momentum (Sutskever form)", "vector", r(w), tolerance=TOL)


def adam(w, steps, lr, b1=0.9, b2=0.999, eps=1e-8, wd=0.0):
    m, s = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        g = grad(w)
        w = w * (1 - lr * wd)  # decoupled decay (AdamW); no-op when wd = 0
        m = b1 * m + (1 - b1) * g
        s = b2 * s + (1 - b2) * g * g
        mh = m / (1 - b1 ** t)
        sh = s / (1 - b2 ** t)
        w = w - lr * mh / (np.sqrt(sh) + eps)
    return w


add("1d", "Adam steps", "vector", r(adam(w0.copy(), 2, lr)), tolerance=TOL)
lam = 0.01
add("1e", "SGD with L2 weight decay", "vector", r(w0 - lr * (grad(w0) + lam * w0)), tolerance=TOL)
add("1f", "AdamW step (decoupled weight decay)", "vector", r(adam(w0.copy(), 1, lr, wd=lam)),
    tolerance=TOL)
eta_t = 0.5 * 0.1 * (1 + math.cos(math.pi * 25 / 100))
add("1g", "cosine learning-rate schedule", "real", r(eta_t, 5), tolerance=0.0001)
nc("1h", "explain in words")

# ---------------- Question 2: least squares / ridge ----------------
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
assert np.allclose(w_ls, np.linalg.lstsq(X, ys, rcond=None)[0])
add("2a", "least squares closed form", "vector", r(w_ls), tolerance=TOL)
w_ridge = np.linalg.solve(X.T @ X + 2.0 * np.eye(2), X.T @ ys)
add("2b", "ridge regression closed form", "vector", r(w_ridge), tolerance=TOL)
add("2c", "least squares prediction", "real", r(w_ls @ [1.0, 4.0]), tolerance=TOL)
add("2d", "training mean squared error", "real", r(np.mean((X @ w_ls - ys) ** 2)), tolerance=TOL)
nc("2e", "prove")

# ---------------- Question 3: attention ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [0, 2], [1, -1]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T / np.sqrt(K.shape[1])
A = np.exp(S - S.max(axis=1, keepdims=True))
A /= A.sum(axis=1, keepdims=True)
add("3a", "scaled attention scores", "matrix", r(S), tolerance=TOL)
add("3b", "attention weights", "matrix", r(A), tolerance=TOL)
add("3c", "attention output", "matrix", r(A @ V), tolerance=TOL)
row = A[1]
assert np.sum(np.isclose(row, row.max())) == 1
add("3d", "attention argmax (multiple choice)", "choice", "ABC"[int(np.argmax(row))])

# ---------------- Question 4: pooling ----------------
F = np.array([[1, 3, 2, 0], [4, 6, 1, 5], [0, 2, 7, 3], [1, -1, 4, 2]], float)


def pool(F, k, s, op, pad=0, fill=-np.inf):
    P = np.pad(F, pad, constant_values=fill)
    n = (P.shape[0] - k) // s + 1
    return np.array([[op(P[a * s:a * s + k, b * s:b * s + k]) for b in range(n)] for a in range(n)])


add("4.1", "max pooling", "matrix", r(pool(F, 2, 2, np.max)), tolerance=TOL)
add("4.2", "average pooling", "matrix", r(pool(F, 2, 2, np.mean)), tolerance=TOL)
add("4.3", "max pooling (padding, stride 1)", "matrix", r(pool(F, 3, 1, np.max, pad=1)), tolerance=TOL)
add("4.4", "global average pooling", "real", r(F.mean()), tolerance=TOL)

out = {"set": "ps5_optim_attention", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
