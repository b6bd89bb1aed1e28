"""Recompute every answer of optim-ridge-txt/problems.txt and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def clean(v, nd=4):
    r = np.round(np.asarray(v, dtype=float), nd) + 0.0
    def tidy(x):
        if isinstance(x, list):
            return [tidy(y) for y in x]
        return int(x) if float(x).is_integer() else x
    return tidy(r.tolist())


def add(id_, family, kind, answer, **extra):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


# ---- Exercise 4.1 ----
H = np.array([1.0, 4.0])  # L = 0.5 * sum(H * w^2)
grad = lambda w: H * w
w0 = np.array([2.0, 1.0])
eta = 0.1

add("4.1a", "SGD step", "vector", clean(w0 - eta * grad(w0)), tolerance=0.001)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - eta * v
add("4.1b", "SGD momentum steps", "vector", clean(w), tolerance=0.001)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - eta * (g + 0.9 * v)
add("4.1c", "Nesterov momentum steps", "vector", clean(w), tolerance=0.001)

b1, b2, eps = 0.9, 0.999, 1e-8
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in (1, 2):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mhat = m / (1 - b1 ** t)
    shat = s / (1 - b2 ** t)
    w = w - eta * mhat / (np.sqrt(shat) + eps)
    adam.append(w.copy())
add("4.1d", "Adam step", "vector", clean(adam[0]), tolerance=0.001)
add("4.1e", "Adam second step", "vector", clean(adam[1]), tolerance=0.001)

lam = 0.01
add("4.1f", "SGD with weight decay", "vector", clean(w0 - eta * (grad(w0) + lam * w0)), tolerance=0.001)
coupled = w0 - eta * (grad(w0) + lam * w0)
decoupled = w0 - eta * grad(w0) - eta * lam * w0
add("4.1g", "weight decay vs L2 (true/false)", "boolean", bool(np.allclose(coupled, decoupled)))

# ---- Exercise 4.2 ----
base = 0.1
add("4.2a", "step learning-rate schedule", "real", clean(base * 0.1 ** (65 // 30), 6), tolerance=1e-6)
add("4.2b", "exponential learning-rate schedule", "real", clean(base * 0.95 ** 10, 6), tolerance=1e-5)
add("4.2c", "cosine learning-rate schedule", "real",
    clean(0 + 0.5 * (base - 0) * (1 + math.cos(math.pi * 30 / 90)), 6), tolerance=1e-5)
add("4.2d", "linear warm-up learning rate", "real", clean(0.1 * (2 + 1) / 5, 6), tolerance=1e-6)
nc("4.2e", "explain in words")

# ---- Exercise 4.3 ----
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.stack([np.ones_like(xs), xs], axis=1)
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
add("4.3a", "least squares closed form", "vector", clean(w_ls), tolerance=0.001)
add("4.3b", "least squares prediction", "real", clean(w_ls[0] + w_ls[1] * 5), tolerance=0.001)
add("4.3c", "least squares training MSE", "real", clean(np.mean((X @ w_ls - ys) ** 2)), tolerance=0.001)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("4.3d", "ridge closed form", "vector", clean(w_r), tolerance=0.001)
w_r2 = np.linalg.solve(X.T @ X + 1.0 * np.diag([0.0, 1.0]), X.T @ ys)
add("4.3e", "ridge closed form, unpenalized intercept", "vector", clean(w_r2), tolerance=0.001)
nc("4.3f", "proof")

# ---- Exercise 4.4 ----
Vocab, D = 50000, 768
emb = Vocab * D
add("4.4a", "embedding parameter count", "integer", emb)
add("4.4b", "embedding + linear parameter count", "integer", emb + D * Vocab + Vocab)
add("4.4c", "tied embedding parameter count", "integer", emb + Vocab)
add("4.4d", "layer norm parameter count", "integer", 2 * D)


class Dumper(yaml.SafeDumper):
    pass


def _list(dumper, value):
    flow = not any(isinstance(x, dict) for x in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


Dumper.add_representer(list, _list)
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump({"set": "optim-ridge-txt", "source": "problems.txt", "parts": parts}, f,
              Dumper=Dumper, sort_keys=False, default_flow_style=False, width=200)
