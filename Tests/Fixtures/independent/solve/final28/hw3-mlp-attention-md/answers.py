"""Answers for hw3-mlp-attention-md (Homework 3). Writes expected.yaml next to this file."""
import os
import numpy as np
import yaml


def num(v, nd=4):
    v = float(v)
    if abs(v - round(v)) < 1e-12:
        return int(round(v))
    return round(v, nd)


def mat(A, nd=4):
    A = np.atleast_1d(np.asarray(A, float))
    if A.ndim == 1:
        return [num(v, nd) for v in A]
    return [[num(v, nd) for v in row] for row in A]


parts = []
TOL = 0.0005


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def softmax(s, axis=-1):
    e = np.exp(s - np.max(s, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# 1. activations
z = np.array([-2.0, 0.0, 1.5])
sig = 1 / (1 + np.exp(-z))
add("1a", "sigmoid", "vector", mat(sig), tolerance=TOL)
add("1b", "sigmoid derivative", "vector", mat(sig * (1 - sig)), tolerance=TOL)
add("1c", "tanh derivative", "vector", mat(1 - np.tanh(z) ** 2), tolerance=TOL)

# 2. softmax and losses
s = np.array([2.0, 1.0, -1.0]); y = 0
p = softmax(s)
add("2a", "softmax", "vector", mat(p), tolerance=TOL)
add("2b", "cross-entropy loss", "real", num(-np.log(p[y])), tolerance=TOL)
add("2c", "cross-entropy gradient wrt logits", "vector", mat(p - np.eye(3)[y]), tolerance=TOL)
y2 = 1
hinge = sum(max(0.0, s[j] - s[y2] + 1) for j in range(3) if j != y2)
add("2d", "multiclass hinge loss", "real", num(hinge))
yhat = np.array([0.5, 2.0, -1.0]); yt = np.array([1.0, 1.0, 0.0])
add("2e", "mean squared error", "real", num(np.mean((yhat - yt) ** 2)), tolerance=TOL)

# 3. MLP
x = np.array([1.0, -2.0])
W1 = np.array([[1, 2], [-1, -1], [0.5, -1]], float)
b1 = np.array([0, 1, 0.5]); w2 = np.array([1.0, -1.0, 2.0]); b2 = 0.5; yt = 1.0
a = W1 @ x + b1
h = np.maximum(a, 0)
yh = w2 @ h + b2
L = 0.5 * (yh - yt) ** 2
add("3a", "MLP forward hidden activations", "vector", mat(h))
add("3b", "MLP forward loss", "real", num(L), tolerance=TOL)
dyh = yh - yt
add("3c", "MLP backprop output weights", "vector", mat(dyh * h))
delta = dyh * w2 * (a > 0)
add("3d", "MLP backprop first-layer weights", "matrix", mat(np.outer(delta, x)))
add("3e", "MLP backprop input gradient", "vector", mat(W1.T @ delta))

# 4. graph
X_, Y_, Z_ = 2.0, -1.0, 3.0
q = X_ * Y_ + Z_; mx = max(X_, Z_)
f = q * mx
dq_dx, dq_dy, dq_dz = Y_, X_, 1.0
dm_dx = 1.0 if X_ > Z_ else 0.0; dm_dz = 1.0 - dm_dx
grad = [dq_dx * mx + q * dm_dx, dq_dy * mx, dq_dz * mx + q * dm_dz]
add("4a", "computational graph forward", "real", num(f))
add("4b", "computational graph backprop", "vector", mat(grad))

# 5. least squares / ridge
t = np.array([0, 1, 2, 3], float); yy = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(t), t])
w_ols = np.linalg.solve(X.T @ X, X.T @ yy)
add("5a", "least squares closed form", "vector", mat(w_ols), tolerance=TOL)
lam = 1.0
w_r = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ yy)
add("5b", "ridge regression closed form", "vector", mat(w_r), tolerance=TOL)
nc("5c", "proof")

# 6. attention
Q = np.array([[1, 0], [1, 2]], float)
K = np.array([[1, 1], [2, 0], [0, -1]], float)
V = np.array([[1, 2], [0, 3], [4, -1]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
add("6a", "attention scores", "matrix", mat(S), tolerance=TOL)
add("6b", "attention weights", "matrix", mat(A), tolerance=TOL)
add("6c", "attention output", "matrix", mat(A @ V), tolerance=TOL)
nc("6d", "explain in words")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f_:
    yaml.safe_dump({"set": "hw3-mlp-attention-md", "source": "problems.md", "parts": parts}, f_,
                   sort_keys=False, default_flow_style=None, width=100)
