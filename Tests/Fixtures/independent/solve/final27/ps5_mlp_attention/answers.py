"""Recompute every answer of ps5_mlp_attention and write expected.yaml next to this file."""
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def num(v):
    v = np.asarray(v)
    if v.ndim == 0:
        f = float(v)
        return int(round(f)) if abs(f - round(f)) < 1e-9 else round(f, 4)
    return [num(e) for e in v]


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": num(answer) if kind not in ("choice", "choices", "boolean") else answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def softmax(s, axis=-1):
    e = np.exp(s - np.max(s, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# Exercise 5.1
z = np.array([-2, -0.5, 0, 1.5])
add("5.1a", "sigmoid", "vector", 1 / (1 + np.exp(-z)), tol=1e-3)
add("5.1b", "tanh derivative", "vector", 1 - np.tanh(z) ** 2, tol=1e-3)
add("5.1c", "ReLU derivative", "vector", (z > 0).astype(float))
add("5.1d", "leaky ReLU", "vector", np.where(z > 0, z, 0.1 * z), tol=1e-6)

# Exercise 5.2
s = np.array([2.0, 1.0, -1.0])
y = 1  # second class
p = softmax(s)
add("5.2a", "softmax", "vector", p, tol=1e-3)
add("5.2b", "cross-entropy loss", "real", -np.log(p[y]), tol=1e-3)
onehot = np.eye(3)[y]
add("5.2c", "cross-entropy gradient", "vector", p - onehot, tol=1e-3)
add("5.2d", "multiclass hinge loss", "real",
    sum(max(0.0, s[j] - s[y] + 1) for j in range(3) if j != y), tol=1e-6)
add("5.2e", "mean squared error", "real",
    np.mean((np.array([0.5, 1.5, 2.0]) - np.array([1, 1, 3])) ** 2), tol=1e-6)

# Exercise 5.3
W1 = np.array([[1, 2], [0, -1], [3, 1]], float)
b1 = np.array([0, 1, -1], float)
W2 = np.array([[1, -1, 2]], float)
b2 = 0.5
x = np.array([1, -1], float)
t = 1.0
pre = W1 @ x + b1
h = np.maximum(pre, 0)
yhat = (W2 @ h + b2)[0]
L = 0.5 * (yhat - t) ** 2
add("5.3a", "MLP forward pass", "real", yhat, tol=1e-6)
add("5.3b", "squared loss", "real", L, tol=1e-6)
dy = yhat - t
add("5.3c", "backprop weight gradient", "matrix", dy * h[None, :], tol=1e-6)
add("5.3d", "backprop bias gradient", "vector", dy * W2[0] * (pre > 0), tol=1e-6)

# Exercise 5.4
def f(x, y, z):
    return (x + y) * max(y, z)
pt = np.array([1.0, 2.0, -1.0])
add("5.4a", "computational graph forward", "real", f(*pt), tol=1e-6)
eps = 1e-6
gnum = np.array([(f(*(pt + e)) - f(*(pt - e))) / (2 * eps) for e in np.eye(3) * eps])
q, mx = pt[0] + pt[1], max(pt[1], pt[2])
g = np.array([mx, mx + q * (pt[1] > pt[2]), q * (pt[2] > pt[1])])
assert np.allclose(g, gnum, atol=1e-4)
add("5.4b", "backprop through graph", "vector", g, tol=1e-6)

# Exercise 5.5
tt = np.array([0, 1, 2, 3], float)
yy = np.array([1, 2, 2, 4], float)
X = np.column_stack([np.ones(4), tt])
add("5.5a", "least squares closed form", "vector", np.linalg.solve(X.T @ X, X.T @ yy), tol=1e-3)
add("5.5b", "ridge closed form", "vector", np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ yy), tol=1e-3)
nc("5.5c", "derive a formula")
nc("5.5d", "ambiguous: 'standard deviation' is not fixed as population (divide by N, gives "
           "1.3416) or sample (divide by N-1, gives 1.1619)")

# Exercise 5.6
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [1, -1], [0, 2]], float)
V = np.array([[1, 0], [0, 1], [1, 1]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
add("5.6a", "attention scores", "matrix", S, tol=1e-3)
add("5.6b", "attention weights", "matrix", A, tol=1e-3)
add("5.6c", "attention output", "matrix", A @ V, tol=1e-3)

with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": "ps5_mlp_attention", "source": "problems.tex", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=100)
print(len(parts), "parts,", sum(p["computable"] for p in parts), "computable")
