#!/usr/bin/env python3
"""Recompute every answer of hw5_mlp_attention/problems.md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []
TOL = 0.001


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a):
    a = np.asarray(a, float)
    out = np.round(a, 4) + 0.0
    return out.tolist() if out.ndim else float(out)


def softmax(v, axis=-1):
    v = np.asarray(v, float)
    e = np.exp(v - v.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---------------- Q1 ----------------
z = np.array([2.0, 1.0, -1.0, 0.5])
y = 2 - 1                     # class 2 of 1..4 -> index 1
p = softmax(z)
add("1a", "softmax", "vector", r(p), tolerance=TOL)
add("1b", "cross-entropy loss", "real", r(-np.log(p[y])), tolerance=TOL)
hinge = sum(max(0.0, z[j] - z[y] + 1.0) for j in range(4) if j != y)
add("1c", "multiclass hinge loss", "real", r(hinge), tolerance=TOL)

# ---------------- Q2 ----------------
W1 = np.array([[1, 0], [-1, 2], [0.5, 1]])
b1 = np.array([0.5, 1, 2])
w2 = np.array([2.0, -1, 1])
b2 = -0.5
x = np.array([1.0, -2])
t = 2.0
z1 = W1 @ x + b1
h = np.maximum(z1, 0)
yhat = w2 @ h + b2
L = 0.5 * (yhat - t) ** 2
dy = yhat - t
dw2 = dy * h
dz1 = dy * w2 * (z1 > 0)
dW1 = np.outer(dz1, x)
add("2a", "MLP pre-activation", "vector", r(z1), tolerance=TOL)
add("2b", "MLP forward output", "real", r(yhat), tolerance=TOL)
add("2c", "MSE loss", "real", r(L), tolerance=TOL)
add("2d", "backprop (output weights)", "vector", r(dw2), tolerance=TOL)
add("2e", "backprop (first-layer weights)", "matrix", r(dW1), tolerance=TOL)

# ---------------- Q3 ----------------
X, Y, Z = 1.0, 3.0, -2.0
q, m = X + Y, max(Y, Z)
f = q * m
dm_dy, dm_dz = (1.0, 0.0) if Y > Z else (0.0, 1.0)
grad = [m, m + q * dm_dy, q * dm_dz]
add("3.1", "computational graph forward", "real", r(f), tolerance=TOL)
add("3.2", "backprop through a small graph", "vector", r(grad), tolerance=TOL)
nc("3.3", "sketch / draw the graph")

# ---------------- Q4 ----------------
xs = np.array([0.0, 1, 2, 3])
ys = np.array([1.0, 3, 4, 8])
A = np.column_stack([np.ones_like(xs), xs])
theta = np.linalg.solve(A.T @ A, A.T @ ys)
add("4a", "least squares closed form", "vector", r(theta), tolerance=TOL)
add("4b", "least squares prediction", "real", r(theta @ [1, 5]), tolerance=TOL)
ridge = np.linalg.solve(A.T @ A + 2 * np.eye(2), A.T @ ys)
add("4c", "ridge regression closed form", "vector", r(ridge), tolerance=TOL)
nc("4d", "prove")

# ---------------- Q5 ----------------
Qm = np.array([[1.0, 0], [0, 1]])
Km = np.array([[1.0, 1], [0, 2], [1, -1]])
Vm = np.array([[1.0, 0], [0, 1], [2, 2]])
S = Qm @ Km.T / np.sqrt(2)
Aw = softmax(S, axis=1)
add("5a", "attention scores", "matrix", r(S), tolerance=TOL)
add("5b", "attention weights", "matrix", r(Aw), tolerance=TOL)
add("5c", "attention output", "matrix", r(Aw @ Vm), tolerance=TOL)

# ---------------- Q6 ----------------
def rnn_params(gates, inp, hid, layers):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + hid + hid)
    return total

add("6a", "LSTM parameter count", "integer", rnn_params(4, 128, 256, 2))
add("6b", "GRU parameter count", "integer", rnn_params(3, 64, 32, 1))
E = 512
add("6c", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)
add("6d", "embedding parameter count", "integer", 10000 * 300)


class _Dumper(yaml.SafeDumper):
    pass


class _Block(list):
    pass


_Dumper.add_representer(list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(_Block, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=False))

out = {"set": "hw5_mlp_attention", "source": "problems.md", "parts": _Block(parts)}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=200)
print(open(os.path.join(HERE, "expected.yaml")).read())
