"""Recompute every answer of rnn-linear-handout-txt and write expected.yaml."""
import os
import numpy as np
import yaml

parts = []


def conv(v):
    a = np.asarray(v)
    if np.issubdtype(a.dtype, np.integer):
        return a.tolist()
    return np.round(a.astype(float), 4).tolist()


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": answer if isinstance(answer, (str, bool)) else conv(answer)}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def rnn_params(inp, hid, gates, layers=1):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)
    return total


# Problem 1
add("1a", "LSTM parameter count", "integer", rnn_params(128, 256, 4))
add("1b", "stacked LSTM parameter count", "integer", rnn_params(128, 256, 4, 2))
add("1c", "GRU parameter count", "integer", rnn_params(128, 256, 3))
add("1d", "embedding parameter count", "integer", 10000 * 128)
add("1e", "linear parameter count", "integer", 256 * 10 + 10)

# Problem 2
t = np.array([1, 2, 3, 4.0]); y = np.array([2, 3, 5, 6.0])
X = np.stack([np.ones(4), t], axis=1)
w_ols = np.linalg.solve(X.T @ X, X.T @ y)
add("2a", "least squares closed form", "vector", w_ols, 0.001)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
add("2b", "ridge closed form", "vector", w_r, 0.001)
add("2c", "least squares training MSE", "real", float(np.mean((y - X @ w_ols) ** 2)), 0.001)
nc("2d", "prove")

# Problem 3
z = np.array([-2, -0.5, 0, 1.5])
s = 1 / (1 + np.exp(-z))
add("3a", "sigmoid", "vector", s, 0.001)
add("3b", "sigmoid derivative", "vector", s * (1 - s), 0.001)
add("3c", "tanh derivative", "vector", 1 - np.tanh(z) ** 2, 0.001)
add("3d", "leaky ReLU", "vector", np.where(z > 0, z, 0.01 * z), 0.0001)
nc("3e", "ambiguous: the derivative of ReLU at z = 0 (third entry) is undefined and the set does not fix a convention")
h = np.array([2.0, 0.5, 1.0, 3.0]); p = 0.25; m = np.array([1, 0, 1, 1])
add("3f", "inverted dropout", "vector", h * m / (1 - p), 0.001)
add("3g", "classic dropout test time", "vector", h * (1 - p), 0.001)
add("3h", "dropout expectation", "real", float((1 - p) * h[3] / (1 - p) + p * 0.0), 0.001)

# Problem 4
x_, y_, z_ = 2.0, -1.0, 4.0
q = x_ * y_ + z_
f = q ** 2
dq = 2 * q
add("4a", "computational graph forward", "real", f, 0.001)
add("4b", "backprop through graph", "vector", [dq * y_, dq * x_, dq], 0.001)

# Problem 5
Z = np.array([[1.0, 2.0, 0.0], [0.5, 0.5, 3.0]]); tg = np.array([1, 2])
P = np.exp(Z - Z.max(1, keepdims=True)); P /= P.sum(1, keepdims=True)
loss = -np.mean(np.log(P[np.arange(2), tg]))
add("5a", "batch cross-entropy", "real", float(loss), 0.001)
G = (P - np.eye(3)[tg]) / 2
add("5b", "cross-entropy gradient wrt logits", "matrix", G, 0.001)

out = {"set": "rnn-linear-handout-txt", "source": "problems.txt", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None)
