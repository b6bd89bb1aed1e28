"""Recompute every computable answer of DS-GA 1008 HW4 (optimization, linear models,
backprop) and write expected.yaml.  Plain numpy; run:  python3 answers.py
"""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v):
    if isinstance(v, np.ndarray):
        return [py(x) for x in v.tolist()] if v.ndim else py(v.item())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = round(float(v), 6)
        return int(f) if f == int(f) and abs(f) < 1e15 else f
    return v


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


# ---------------- 1. optimizer updates ----------------
grad = lambda w: np.array([w[0], 4 * w[1]])
w0 = np.array([2.0, 1.0])
lr = 0.1

add("1a", "SGD step", "vector", w0 - lr * grad(w0), tol=0.001)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - lr * v
add("1b", "SGD momentum, two steps", "vector", w, tol=0.001)

w, v = w0.copy(), np.zeros(2)
g = grad(w)
v = 0.9 * v + g
w = w - lr * (g + 0.9 * v)
add("1c", "Nesterov momentum step", "vector", w, tol=0.001)

b1, b2, eps = 0.9, 0.999, 1e-8
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
for t in range(1, 3):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mhat, shat = m / (1 - b1 ** t), s / (1 - b2 ** t)
    w = w - lr * mhat / (np.sqrt(shat) + eps)
add("1d", "Adam, two steps", "vector", w, tol=0.001)

wd = 0.01
add("1e", "SGD with weight decay", "vector", w0 - lr * (grad(w0) + wd * w0), tol=0.0005)
add("1f", why="explain in words")

# ---------------- 2. learning-rate schedules ----------------
eta0 = 0.1
add("2.1", "step LR schedule", "real", eta0 * 0.1 ** (75 // 30), tol=1e-6)
add("2.2", "cosine annealing", "real", 0.5 * eta0 * (1 + math.cos(math.pi * 25 / 100)), tol=1e-4)
add("2.3", "linear warm-up", "real", eta0 * 200 / 500, tol=1e-6)
add("2.4", "exponential decay", "real", eta0 * 0.95 ** 10, tol=1e-4)

# ---------------- 3. least squares / ridge ----------------
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 2, 5], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
assert np.allclose(w_ols, np.linalg.lstsq(X, ys, rcond=None)[0])
add("3a", "least squares closed form", "vector", w_ols, tol=0.001)
lam = 1.0
add("3b", "ridge closed form", "vector", np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ ys), tol=0.001)
add("3c", "least-squares training MSE", "real", np.mean((ys - X @ w_ols) ** 2), tol=0.001)
add("3d", why="prove")

# ---------------- 4. MLP and backprop ----------------
x = np.array([1.0, 0.5])
W1 = np.array([[1.0, 0.0], [-1.0, 2.0], [0.5, 1.0]])
bb1 = np.array([0.0, 1.0, -1.5])
w2 = np.array([1.0, -1.0, 2.0])
bb2 = 0.5
y = 1.0
z = W1 @ x + bb1
assert np.all(z != 0)  # no ReLU kink
h = np.maximum(z, 0)
yhat = w2 @ h + bb2
L = 0.5 * (yhat - y) ** 2
add("4a", "MLP hidden activations", "vector", h, tol=0.001)
add("4b", "MLP forward pass loss", "real", L, tol=0.001)
dz = (yhat - y) * w2 * (z > 0)
add("4c", "backprop weight gradient", "matrix", np.outer(dz, x), tol=0.001)
add("4d", "MLP parameter count", "integer", W1.size + bb1.size + w2.size + 1)
a, b, c = 2.0, -1.0, 3.0
mx = max(b, c)
assert b != c
df = [mx, mx + (a + b) * (b > c), (a + b) * (c > b)]
add("4e", "backprop through a small graph", "vector", np.array(df, float))
add("4f", why="sketch")

out = {"set": "ml-hw4-optimization", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write("# Written by answers.py -- do not edit by hand.\n")
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(f"{len(parts)} parts, {sum(p['computable'] for p in parts)} computable")
