"""Recompute every answer of seq-attn-md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(id_, family, kind, answer, **kw):
    e = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def r(v, nd=4):
    return np.round(np.asarray(v, dtype=float), nd).tolist()


def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def rnn_params(inp, hid, gates, layers=1):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * hid * (i + hid) + 2 * gates * hid  # W_ih, W_hh, b_ih, b_hh
    return total


# 1
add("1a", "LSTM parameter count", "integer", rnn_params(128, 256, 4, layers=2))
add("1b", "GRU parameter count", "integer", rnn_params(64, 32, 3))
E = 512
add("1c", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)
L = (40 + 2 * 2 - 5) // 1 + 1
add("1d", "conv1d output shape", "shape", [128, L], layout="(channels, length)")
add("1e", "conv1d parameter count", "integer", 128 * 300 * 5 + 128)
F = np.array([[0.2, 1.7, -0.4, 0.9, 1.1], [-1.0, -0.3, -2.2, -0.8, -0.5], [3.1, 0.0, 2.4, 3.3, 1.9]])
add("1f", "global max pooling over time", "vector", r(F.max(axis=1)), tolerance=0.001)
nc("1g", "explain in words")

# 2
Q = np.array([[1, 0], [0, 1]], dtype=float)
K = np.array([[1, 1], [0, 2], [1, 0]], dtype=float)
V = np.array([[1, 0], [0, 1], [2, 2]], dtype=float)
S = Q @ K.T / np.sqrt(2)
add("2a", "attention scores", "matrix", r(S), tolerance=0.001)
Aw = softmax(S, axis=1)
add("2b", "attention weights softmax", "matrix", r(Aw), tolerance=0.001)
add("2c", "attention output", "matrix", r(Aw @ V), tolerance=0.001)
nc("2d", "discuss in words")

# 3
x = np.array([1, -2], dtype=float)
W1 = np.array([[1, 2], [0, -1], [3, 1]], dtype=float)
b1 = np.array([0, 1, -1], dtype=float)
W2 = np.array([[1, -1, 2], [0, 1, 1]], dtype=float)
b2 = np.array([0.5, -0.5])
h = np.maximum(W1 @ x + b1, 0)
z = W2 @ h + b2
p = softmax(z)
add("3a", "MLP hidden activations", "vector", r(h))
add("3b", "MLP logits", "vector", r(z))
add("3c", "softmax", "vector", r(p), tolerance=0.001)
add("3d", "cross-entropy loss", "real", round(float(-np.log(p[0])), 4), tolerance=0.001)
add("3e", "MSE loss", "real", round(float(np.mean((z - np.array([0, 1])) ** 2)), 4), tolerance=0.001)
y = 0
hinge = sum(max(0.0, 1 + z[j] - z[y]) for j in range(len(z)) if j != y)
add("3f", "multiclass hinge loss", "real", round(float(hinge), 4), tolerance=0.001)

# 4
sig = lambda t: 1 / (1 + np.exp(-t))
dsig = lambda t: sig(t) * (1 - sig(t))
dtanh = lambda t: 1 - np.tanh(t) ** 2
add("4a", "sigmoid derivative", "real", round(float(dsig(0.0)), 4), tolerance=0.001)
add("4b", "tanh derivative", "real", round(float(dtanh(1.0)), 4), tolerance=0.001)
add("4c", "ReLU derivative true/false", "boolean", bool((-2.0 > 0) * 1.0 == 0))
d = {"A": dsig(-2.0), "B": dtanh(-2.0), "C": 0.0, "D": 0.01}
add("4d", "activation derivative comparison", "choice", max(d, key=d.get))


def clean(v):
    if isinstance(v, list):
        return [clean(x) for x in v]
    if isinstance(v, float):
        v = 0.0 if v == 0 else v
        return int(v) if v.is_integer() else v
    return v


for e in parts:
    if "answer" in e:
        e["answer"] = clean(e["answer"])

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "seq-attn-md", "source": "problems.md", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
