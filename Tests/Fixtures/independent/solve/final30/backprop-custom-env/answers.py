"""Compute every numeric answer of problems.tex and write expected.yaml."""
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def num(v):
    v = float(v)
    return int(round(v)) if abs(v - round(v)) < 1e-9 else round(v, 4)


def tolist(a):
    a = np.asarray(a)
    return num(a) if a.ndim == 0 else [tolist(r) for r in a]


parts = []


def add(pid, family, kind, answer, tol=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax(z, axis=-1):
    z = np.asarray(z, float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---------------- Problem 1 ----------------
z = np.array([-2, 0, 1.5])
add("1a", "sigmoid", "vector", tolist(sigmoid(z)), tol=0.001)
add("1b", "sigmoid derivative", "vector", tolist(sigmoid(z) * (1 - sigmoid(z))), tol=0.001)
add("1c", "tanh derivative", "real", num(1 - np.tanh(0.5) ** 2), tol=0.001)
nc("1d", "explain in words")

# ---------------- Problem 2 ----------------
logits = np.array([2.0, 1.0, 0.1])
yidx = 0  # class 1
p = softmax(logits)
add("2a", "softmax", "vector", tolist(p), tol=0.001)
add("2b", "cross-entropy loss", "real", num(-np.log(p[yidx])), tol=0.001)
onehot = np.eye(3)[yidx]
add("2c", "cross-entropy gradient wrt logits", "vector", tolist(p - onehot), tol=0.001)
s = np.array([3.2, 5.1, -1.7])
hinge = sum(max(0.0, s[j] - s[yidx] + 1.0) for j in range(3) if j != yidx)
add("2d", "multiclass hinge loss", "real", num(hinge), tol=0.001)
shifted = softmax(logits + 100)
opts = {"A": p, "B": np.full(3, 1 / 3), "C": np.array([1.0, 0, 0])}
choice = [k for k, v in opts.items() if np.allclose(v, shifted)]
assert len(choice) == 1
add("2e", "softmax shift invariance", "choice", choice[0])

# ---------------- Problem 3 ----------------
W1 = np.array([[1, -1], [2, 0], [0, 1]], float)
b1 = np.array([0, -1, 1], float)
W2 = np.array([[1, -2, 1]], float)
b2 = 0.5
x = np.array([1, 2], float)
y = 2.0
z1 = W1 @ x + b1
h = np.maximum(z1, 0)
yhat = (W2 @ h)[0] + b2
L = 0.5 * (yhat - y) ** 2
dy = yhat - y
dW2 = dy * h[None, :]
dh = W2[0] * dy
dz1 = dh * (z1 > 0)
dx = W1.T @ dz1
add("3a", "MLP forward (hidden pre-activation)", "vector", tolist(z1))
add("3b", "MLP forward (output)", "real", num(yhat), tol=0.001)
add("3c", "MSE loss", "real", num(L), tol=0.001)
add("3d", "backprop weight gradient", "matrix", tolist(dW2), tol=0.001)
add("3e", "backprop input gradient", "vector", tolist(dx), tol=0.001)

# ---------------- Problem 4 ----------------
xv, yv, zv = 3.0, -1.0, 2.0
a = xv + 2 * yv
mx = max(yv, zv)
f = a * mx
df_dx = mx
df_dy = 2 * mx + a * (1.0 if yv > zv else 0.0)
df_dz = a * (1.0 if zv > yv else 0.0)
add("4a", "computational graph forward", "real", num(f))
add("4b.i", "backprop through a graph", "real", num(df_dx))
add("4b.ii", "backprop through a graph", "real", num(df_dy))
add("4b.iii", "backprop through a graph", "real", num(df_dz))

# ---------------- Problem 5 ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 0], [0, 1], [1, 1]], float)
V = np.array([[1, 2], [3, 4], [5, 6]], float)
S = Q @ K.T
Attn = softmax(S / np.sqrt(2), axis=1)
add("5a", "attention scores", "matrix", tolist(S))
add("5b", "attention weights", "matrix", tolist(Attn), tol=0.001)
add("5c", "attention output", "matrix", tolist(Attn @ V), tol=0.001)
nc("5d", "explain in words")

out = {"set": "backprop-custom-env", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None))
