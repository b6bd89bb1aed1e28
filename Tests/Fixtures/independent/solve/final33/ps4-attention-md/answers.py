#!/usr/bin/env python3
"""Recompute every answer of ps4-attention-md/problems.md and write expected.yaml."""
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


def softmax(z, axis=-1):
    z = np.asarray(z, float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def lstm_params(inp, hid, layers, gates=4, bidirectional=False):
    d = 2 if bidirectional else 1
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid * d
        total += d * gates * (hid * i + hid * hid + 2 * hid)  # W_ih, W_hh, b_ih, b_hh
    return total


# ---------------- Problem 1: parameter counts ----------------
emb = 10000 * 256
comp("1a", "embedding parameter count", "integer", emb)
rnn = lstm_params(256, 512, 2, gates=4)
comp("1b", "LSTM parameter count", "integer", rnn)
E = 512
attn = 4 * E * E + 4 * E  # in_proj (3E x E + 3E) + out_proj (E x E + E); heads do not matter
comp("1c", "multi-head attention parameter count", "integer", attn)
norm = 2 * 512
out = 512 * 17 + 17
comp("1d", "linear layer parameter count", "integer", out)
comp("1e", "total model parameter count", "integer", emb + rnn + attn + norm + out)
comp("1f", "GRU parameter count", "integer", lstm_params(256, 512, 2, gates=3))

# ---------------- Problem 2: attention ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [2, 0], [0, 2]], float)
V = np.array([[1, 0], [0, 2], [3, 1]], float)
dk = 2
S = Q @ K.T / np.sqrt(dk)
comp("2a", "attention scores", "matrix", S, tol=TOL)
A = softmax(S, axis=1)
comp("2b", "attention weights", "matrix", A, tol=TOL)
comp("2c", "attention output", "matrix", A @ V, tol=TOL)
Sm = S.copy()
Sm[:, 2] = -np.inf
comp("2d", "masked attention weights", "vector", softmax(Sm[0]), tol=TOL)
comp("2e", "unscaled attention weight", "real", softmax((Q @ K.T)[0]).max(), tol=TOL)
nc("2f", "explain in words")

# ---------------- Problem 3: softmax / cross-entropy ----------------
z = np.array([2.0, 1.0, -1.0, 0.5])
y = 0
p = softmax(z)
comp("3a", "softmax", "vector", p, tol=TOL)
ce = -np.log(p[y])
comp("3b", "cross-entropy loss", "real", ce, tol=TOL)
onehot = np.eye(4)[y]
comp("3c", "cross-entropy gradient wrt logits", "vector", p - onehot, tol=TOL)
q = 0.9 * onehot + 0.1 / 4
comp("3d", "label-smoothed cross-entropy", "real", -np.sum(q * np.log(p)), tol=TOL)
ce_shift = -np.log(softmax(z + 5)[y])
if np.isclose(ce_shift, ce):
    choice = "C"
elif ce_shift > ce:
    choice = "A"
else:
    choice = "B"
comp("3e", "softmax shift invariance multiple choice", "choice", choice)
comp("3f", "softmax with temperature", "real", softmax(z / 2)[y], tol=TOL)

# ---------------- Problem 4: recovering a filter ----------------
x = np.array([1, 2, 0, -1, 3], float)
yv = np.array([-1, 0, 7], float)
M = np.array([x[i:i + 3] for i in range(3)])  # y_i = sum_k x_{i+k} w_k
w = np.linalg.solve(M, yv)
comp("4a", "recover filter from input and output", "vector", w, tol=TOL)


def corr1d(x, w, stride=1, pad=0, dil=1):
    x = np.pad(x, pad)
    span = dil * (len(w) - 1) + 1
    n = (len(x) - span) // stride + 1
    return np.array([sum(x[i * stride + k * dil] * w[k] for k in range(len(w))) for i in range(n)])


comp("4b", "1d cross-correlation with padding and stride", "vector", corr1d(x, w, stride=2, pad=1), tol=TOL)
comp("4c", "1d dilated cross-correlation", "vector", corr1d(x, w, dil=2), tol=TOL)
nc("4d", "discuss")

doc = {"set": "ps4-attention-md", "source": "problems.md", "parts": parts}
text = yaml.dump(doc, Dumper=Dumper, sort_keys=False, width=100)
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write(text)
print(text)
