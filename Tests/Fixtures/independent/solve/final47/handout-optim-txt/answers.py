"""Compute the expected answers for handout-optim-txt and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a, nd=4):
    return (np.round(np.asarray(a, float), nd) + 0.0).tolist()


T = dict(tolerance=0.001)


def grad(w):
    return np.array([w[0], 10 * w[1]])


w0 = np.array([1.0, -2.0])
eta = 0.05

# a) SGD
add("1a", "SGD step", "vector", r(w0 - eta * grad(w0)), **T)

# b) momentum (PyTorch form)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - eta * v
add("1b", "SGD with momentum", "vector", r(w), **T)

# c) Nesterov (PyTorch form)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - eta * (g + 0.9 * v)
add("1c", "Nesterov momentum", "vector", r(w), **T)

# d) Adam
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
b1, b2, eps, lr = 0.9, 0.999, 1e-8, 0.1
for t in range(1, 3):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mh = m / (1 - b1 ** t)
    sh = s / (1 - b2 ** t)
    w = w - lr * mh / (np.sqrt(sh) + eps)
add("1d", "Adam", "vector", r(w), **T)

# e) L2 weight decay coupled into the gradient
lam = 0.1
add("1e", "SGD with weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0)), **T)

# f) StepLR
add("1f", "step learning-rate schedule", "real", round(0.1 * 0.5 ** (75 // 30), 6), tolerance=1e-6)

# g) cosine annealing
emax, emin, Tn, t = 0.1, 0.001, 100, 25
add("1g", "cosine learning-rate schedule", "real",
    round(emin + 0.5 * (emax - emin) * (1 + math.cos(math.pi * t / Tn)), 5), tolerance=1e-4)

# h) T/F: momentum with mu=0 equals SGD -- check numerically
w, v = w0.copy(), np.zeros(2)
ws = w0.copy()
for _ in range(3):
    v = 0.0 * v + grad(w)
    w = w - eta * v
    ws = ws - eta * grad(ws)
add("1h", "momentum true/false", "boolean", bool(np.allclose(w, ws)))

# Q2 least squares / ridge
x = np.array([0, 1, 2, 3, 4], float)
y = np.array([1.2, 1.9, 3.2, 3.8, 5.1])
X = np.column_stack([np.ones_like(x), x])
w_ols = np.linalg.solve(X.T @ X, X.T @ y)
add("2a", "least squares closed form", "vector", r(w_ols), **T)
add("2b", "least squares prediction", "real", round(float(w_ols @ [1, 6]), 4), **T)
w_r = np.linalg.solve(X.T @ X + 2 * np.eye(2), X.T @ y)
add("2c", "ridge closed form", "vector", r(w_r), **T)
add("2d", "residual sum of squares", "real", round(float(np.sum((y - X @ w_ols) ** 2)), 4), **T)
skip("2e", "prove")
skip("2f", "ambiguous: population vs sample standard deviation not specified "
     "(1.4142 vs 1.2649)")

with open(os.path.join(HERE, "expected.yaml"), "w") as fo:
    yaml.safe_dump({"set": "handout-optim-txt", "source": "problems.txt", "parts": parts},
                   fo, sort_keys=False, default_flow_style=None)
print(sum(p["computable"] for p in parts), "computable of", len(parts))
