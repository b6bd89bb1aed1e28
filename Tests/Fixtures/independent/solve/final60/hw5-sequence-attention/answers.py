"""Recompute every answer of hw5-sequence-attention and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def r4(a):
    return np.round(np.asarray(a, float), 4).tolist()


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---- Problem 1 ----
add("1a", "parameter count (embedding)", "integer", 10000 * 256)


def rnn_params(inp, hid, gates, layers=1, dirs=1):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid * dirs
        total += dirs * (gates * hid * (i + hid) + 2 * gates * hid)
    return total


add("1b", "parameter count (LSTM, PyTorch biases)", "integer", rnn_params(256, 512, 4, layers=2))
add("1c", "parameter count (bidirectional GRU)", "integer", rnn_params(256, 128, 3, dirs=2))
add("1d", "parameter count (linear)", "integer", 512 * 10000 + 10000)
add("1e", "parameter count (layer norm)", "integer", 2 * 512)
E = 512
add("1f", "parameter count (multi-head attention)", "integer", 3 * E * E + 3 * E + E * E + E)

# ---- Problem 2 ----
Q = np.array([[1, 0, 1, 0], [0, 2, 0, 1]], float)
K = np.array([[1, 1, 0, 0], [0, 1, 1, 1], [2, 0, 0, -1]], float)
V = np.array([[1, 0], [0, 2], [-1, 1]], float)
S = Q @ K.T
add("2a", "attention raw scores", "matrix", S.tolist())
Ss = S / np.sqrt(4)
add("2b", "attention scaled scores", "matrix", Ss.tolist())
W = np.exp(Ss - Ss.max(1, keepdims=True))
W /= W.sum(1, keepdims=True)
add("2c", "attention weights (row softmax)", "matrix", r4(W), tol=1e-3)
add("2d", "attention output", "matrix", r4(W @ V), tol=1e-3)
nc("2e", "explain in words")

# ---- Problem 3 ----
z = np.array([2.0, 1.0, -1.0, 0.5])
p = np.exp(z) / np.exp(z).sum()
add("3a", "softmax", "vector", r4(p), tol=1e-3)
add("3b", "cross-entropy loss", "real", round(float(-np.log(p[0])), 4), tol=1e-3)
y = np.array([1.0, 0, 0, 0])
add("3c", "cross-entropy gradient w.r.t. logits", "vector", r4(p - y), tol=1e-3)
pt = np.exp(z / 2) / np.exp(z / 2).sum()
add("3d", "softmax with temperature", "vector", r4(pt), tol=1e-3)
z5 = z + 5
p5 = np.exp(z5) / np.exp(z5).sum()
add("3e", "softmax shift invariance (true/false)", "boolean",
    bool(not np.isclose(-np.log(p5[0]), -np.log(p[0]))))

# ---- Problem 4 ----
h = np.array([1.0, 3.0, -2.0, 6.0])
hn = (h - h.mean()) / np.sqrt(h.var())  # biased variance, eps = 0
add("4a", "layer norm forward", "vector", r4(hn), tol=1e-3)
g = np.array([1, 0.5, 2, 1])
b = np.array([0, 1, 0, -1])
add("4b", "layer norm forward with affine", "vector", r4(g * hn + b), tol=1e-3)
m = np.array([1, 0, 1, 1], float)
add("4c", "inverted dropout", "vector", (h * m / (1 - 0.5)).tolist())
add("4d", "inverted dropout", "vector", r4(h * m / (1 - 0.2)), tol=1e-6)
add("4e", "classic dropout test-time scaling", "vector", (h * (1 - 0.5)).tolist())

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "hw5-sequence-attention", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=120)
