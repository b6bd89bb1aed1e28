#!/usr/bin/env python3
"""Recompute every answer of handout2-mlp-txt/problems.txt and write expected.yaml."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def py(v):
    """numpy -> plain python (lists of rows for matrices)."""
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = round(float(v), 6) + 0.0
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


class Dumper(yaml.SafeDumper):
    pass


def _list_repr(dumper, data):
    flow = all(not isinstance(x, (list, dict)) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


Dumper.add_representer(list, _list_repr)

parts = []


def comp(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



TOL = 1e-3


def sigmoid(z):
    return 1 / (1 + np.exp(-np.asarray(z, float)))


def relu_grad(z):
    return (np.asarray(z) > 0).astype(float)  # ReLU'(0) = 0


# ---------------- Question 1 ----------------
z = np.array([-2, 0, 1.5])
comp("1a.i", "ReLU", "vector", np.maximum(z, 0), tol=TOL)
comp("1a.ii", "ReLU derivative", "vector", relu_grad(z), tol=TOL)
comp("1b", "sigmoid derivative", "vector", sigmoid(z) * (1 - sigmoid(z)), tol=TOL)
comp("1c", "tanh derivative", "vector", 1 - np.tanh(z) ** 2, tol=TOL)

# ---------------- Question 2 ----------------
W1 = np.array([[1, 2], [-1, 0], [0.5, -0.5]])
b1 = np.array([0, 1, 0.5])
W2 = np.array([[1, -1, 2]], float)
b2 = np.array([-0.5])
x = np.array([1, -1], float)
y = 0.0
z1 = W1 @ x + b1
h = np.maximum(z1, 0)
a2 = W2 @ h + b2
yhat = sigmoid(a2)[0]
L = -(y * np.log(yhat) + (1 - y) * np.log(1 - yhat))
comp("2a", "MLP forward pre-activations", "vector", z1, tol=TOL)
comp("2b", "MLP forward hidden activations", "vector", h, tol=TOL)
comp("2c", "MLP forward output", "real", yhat, tol=TOL)
comp("2d", "binary cross-entropy loss", "real", L, tol=TOL)
comp("2e", "MLP parameter count", "integer", W1.size + b1.size + W2.size + b2.size)
nc("2f", "ambiguous: population (1/N) vs sample (1/(N-1)) standard deviation not specified "
         "(1.027 vs 1.258)")

# ---------------- Question 3 ----------------
xs, ys, zs = 2.0, -3.0, 1.0
inner = xs * ys + zs
comp("3a", "backprop through a tiny graph", "vector", [2 * inner * ys, 2 * inner * xs, 2 * inner], tol=TOL)
da2 = yhat - y  # d(BCE o sigmoid)/da2
dW2 = da2 * h
comp("3b", "backprop MLP output weights", "vector", dW2, tol=TOL)
dh = da2 * W2[0]
db1 = dh * relu_grad(z1)
comp("3c", "backprop MLP hidden bias", "vector", db1, tol=TOL)

# ---------------- Question 4 ----------------
yhat_r = np.array([2.5, 0.0, 2.0, 8.0])
y_r = np.array([3.0, -0.5, 2.0, 7.0])
comp("4a", "mean squared error", "real", np.mean((yhat_r - y_r) ** 2), tol=TOL)
s = np.array([0.3, -1.2, 2.0, -0.4])
t = np.array([1, -1, -1, 1], float)
comp("4b", "hinge loss", "real", np.mean(np.maximum(0, 1 - t * s)), tol=TOL)
nc("4c", "explain in words")

# ---------------- Question 5 ----------------
params = 784 * 256 + 256 + 256 * 10 + 10
comp("5a", "linear layer parameter count", "integer", params)
macs = 784 * 256 + 256 * 10
comp("5b", "FLOPs of an MLP (in MFLOPs)", "real", 2 * 32 * macs / 1e6, tol=1e-3)

doc = {"set": "handout2-mlp-txt", "source": "problems.txt", "parts": parts}
text = yaml.dump(doc, Dumper=Dumper, sort_keys=False, width=100)
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write(text)
print(text)
