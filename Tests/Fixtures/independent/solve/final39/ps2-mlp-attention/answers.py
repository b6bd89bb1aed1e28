"""Recompute every answer of ps2-mlp-attention and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def r(v):
    if np.ndim(v) == 0:
        return round(float(v), 6) + 0.0
    return [r(u) for u in v]


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def sigmoid(v):
    return 1 / (1 + np.exp(-np.asarray(v, float)))


def softmax(v, axis=-1):
    v = np.asarray(v, float)
    e = np.exp(v - v.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---- Task 1
z = np.array([-2, -0.5, 0, 1.5])
add("1a", "ReLU", "vector", r(np.maximum(z, 0)), tol=1e-6)
add("1b", "sigmoid", "vector", r(sigmoid(z)), tol=1e-4)
add("1c", "tanh derivative", "real", r(1 - np.tanh(1.0) ** 2), tol=1e-4)
add("1d", "softmax with temperature", "vector", r(softmax(np.array([1, 2, 3]) / 2)), tol=1e-4)
grid = np.linspace(-20, 20, 400001)
sd = sigmoid(grid) * (1 - sigmoid(grid))
add("1e", "sigmoid derivative bound true/false", "boolean", bool(sd.max() <= 0.25 + 1e-12))

# ---- Task 2
W1 = np.array([[1.0, 0.0], [-1.0, 2.0], [0.5, 1.0]])
b1 = np.array([0.0, 1.0, -3.0])
W2 = np.array([[1.0, -1.0, 2.0]])
b2 = np.array([0.5])
x = np.array([1.0, 2.0])
t = 2.0
a1 = W1 @ x + b1
h = np.maximum(a1, 0)
y = (W2 @ h + b2)[0]
L = 0.5 * (y - t) ** 2
dy = y - t
add("2a", "MLP pre-activation", "vector", r(a1), tol=1e-4)
add("2b", "MLP hidden activation", "vector", r(h), tol=1e-4)
add("2c", "MLP output", "real", r(y), tol=1e-4)
add("2d.i", "squared loss", "real", r(L), tol=1e-4)
add("2d.ii", "loss gradient wrt output", "real", r(dy), tol=1e-4)
add("2e", "weight gradient", "vector", r(dy * h), tol=1e-4)
db1 = (W2[0] * dy) * (a1 > 0)
add("2f", "bias gradient backprop", "vector", r(db1), tol=1e-4)
add("2g", "MLP parameter count", "integer", int(W1.size + b1.size + W2.size + b2.size))

# ---- Task 3
a, b, c = 2.0, -1.0, 3.0
s = a * b + c
f = sigmoid(s)
ds = f * (1 - f)
add("3a", "forward pass of a graph", "real", r(f), tol=1e-4)
add("3b", "backprop through a graph", "vector", r([ds * b, ds * a, ds]), tol=1e-4)
skip("3c", "sketch / draw the graph")

# ---- Task 4
Q = np.array([[1, 0], [1, 1]], float)
K = np.array([[1, 2], [0, 1], [-1, 0]], float)
V = np.array([[1, 0], [0, 2], [3, 1]], float)
dk = 2
S = Q @ K.T
A = softmax(S / np.sqrt(dk), axis=1)
add("4a", "attention raw scores", "matrix", r(S), tol=1e-6)
add("4b", "attention weights", "matrix", r(A), tol=1e-4)
add("4c", "attention output", "matrix", r(A @ V), tol=5e-4)
Sm = S[0] / np.sqrt(dk)
Sm[1] = -np.inf
add("4d", "masked attention weights", "vector", r(softmax(Sm)), tol=1e-4)

# ---- Task 5
xx = np.array([1, 2, 0, -1], float)
skip("5a", "ambiguous: the sheet does not say whether 'convolve' flips the kernel "
           "(true convolution) or not (cross-correlation), and w = (1, -1, 3) is not "
           "symmetric, so the two readings give different answers")
w_sym = np.array([2, 0, 2], float)
corr = np.array([xx[i:i + 3] @ w_sym for i in range(len(xx) - 2)])
conv = np.convolve(xx, w_sym, mode="valid")
assert np.allclose(corr, conv)   # symmetric kernel: both conventions agree
add("5b", "1D convolution with a symmetric kernel", "vector", [int(v) for v in corr])

with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": "ps2-mlp-attention", "source": "problems.txt", "parts": parts},
                   fh, sort_keys=False, default_flow_style=None)
print(len(parts), "parts,", sum(p["computable"] for p in parts), "computable")
