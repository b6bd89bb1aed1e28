"""Recompute every computable answer of IDL HW3 (layers, parameters, normalization)
and write expected.yaml.  Plain numpy; run:  python3 answers.py
"""
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


# ---------------- Problem 1: parameter counts ----------------
cin, cout, k = 8, 16, 5
add("1a", "conv weight count (no bias)", "integer", cout * cin * k * k)
depthwise = cin * k * k + cin          # one k x k filter per input channel + bias
pointwise = cin * cout + cout          # 1x1 conv + bias
add("1b", "depthwise separable conv parameter count", "integer", depthwise + pointwise)
groups = 4
add("1c", "grouped conv parameter count", "integer", cout * (cin // groups) * k * k + cout)
add("1d", "embedding parameter count", "integer", 30000 * 256)
add("1e", "batch norm parameter count", "integer", 2 * 64)      # gamma, beta
add("1f", "layer norm parameter count", "integer", 2 * 768)     # elementwise affine


# ---------------- Problem 2: recurrent / attention layers ----------------
def rnn_params(inp, hid, layers, gates):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * hid * (i + hid) + 2 * gates * hid   # W_ih, W_hh, b_ih, b_hh
    return total


add("2a", "LSTM parameter count (PyTorch biases)", "integer", rnn_params(128, 256, 2, 4))
add("2b", "GRU parameter count (PyTorch biases)", "integer", rnn_params(64, 32, 1, 3))


def mha_params(e, heads):
    assert e % heads == 0
    return 3 * e * e + 3 * e + e * e + e   # in_proj weight+bias, out_proj weight+bias


add("2c", "multi-head attention parameter count", "integer", mha_params(512, 8))
add("2d", "multi-head attention parameter count vs heads", "boolean",
    mha_params(512, 16) > mha_params(512, 8))
Whh = np.array([[0.5, -1], [0, 1]])
Wxh = np.array([[1, 0], [-1, 0.5]])
b = np.array([0, 0.1])
h_prev = np.array([0.5, -0.5])
x_t = np.array([1, 2])
add("2e", "vanilla RNN step", "vector", np.tanh(Whh @ h_prev + Wxh @ x_t + b), tol=0.001)

# ---------------- Problem 3: normalization ----------------
X = np.array([[1, 2, 0], [3, -2, 1], [5, 0, 2], [7, 4, 1]], float)


def norm(v, eps=0.0):
    v = np.asarray(v, float)
    return (v - v.mean()) / np.sqrt(v.var() + eps)   # biased variance


f1 = X[:, 0]
add("3a", "batch norm forward", "vector", norm(f1), tol=0.001)
add("3b", "layer norm forward", "vector", norm(X[1]), tol=0.001)
add("3c", "batch norm forward with gamma/beta", "real", 2 * norm(X[:, 1])[3] - 1, tol=0.001)
# backward through batch norm (gamma = 1, eps = 0)
dy = np.array([1, 0, 0, -1], float)
N = len(f1)
sigma = np.sqrt(f1.var())
xhat = norm(f1)
dx = (N * dy - dy.sum() - xhat * np.sum(dy * xhat)) / (N * sigma)
# numerical check of the formula
L = lambda v: np.dot(dy, norm(v))
num = np.array([(L(f1 + 1e-6 * e) - L(f1 - 1e-6 * e)) / 2e-6 for e in np.eye(N)])
assert np.allclose(num, dx, atol=1e-6)
add("3d", "batch norm backward", "vector", dx, tol=0.001)
# batch of one example: every feature normalized over a batch of size 1
x1 = np.array([[2, -1, 3]], float)
eps, gamma, beta = 1e-5, 1.0, 0.5
mu, var = x1.mean(axis=0), x1.var(axis=0)
y1 = gamma * (x1 - mu) / np.sqrt(var + eps) + beta
add("3e", "batch norm forward, batch of one", "vector", y1[0], tol=0.001)
g = np.array([[1, -2, 0.5]])
xh1 = (x1 - mu) / np.sqrt(var + eps)
dx1 = gamma * (1 * g - g.sum(axis=0) - xh1 * np.sum(g * xh1, axis=0)) / (1 * np.sqrt(var + eps))
add("3f", "batch norm backward, batch of one", "vector", dx1[0] + 0.0, tol=0.001)
add("3g", why="explain in words")

# ---------------- Problem 4: dropout ----------------
h = np.array([2.0, 0.5, -1.0, 3.0])
p = 0.25
m = np.array([1, 0, 1, 1])
add("4a", "inverted dropout forward", "vector", h * m / (1 - p), tol=0.001)
add("4b", "classic dropout test-time scaling", "vector", h * (1 - p), tol=0.001)
a = 2.0
mean = (1 - p) * a / (1 - p)
second = (1 - p) * (a / (1 - p)) ** 2
add("4c", "inverted dropout variance", "real", second - mean ** 2, tol=0.001)
add("4d", why="discuss")

out = {"set": "dl-hw3-layers-norm", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write("# Written by answers.py -- do not edit by hand.\n")
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(f"{len(parts)} parts, {sum(p['computable'] for p in parts)} computable")
