"""Recompute every answer of md-seq-attention/problems.md and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class Flow(list):
    pass


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def py(v):
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return Flow(py(x) for x in v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        if abs(f - round(f)) < 1e-9:
            return int(round(f))
        return round(f, 4)
    return v


def add(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nonc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def lstm_params(inp, hid, layers=1, bidirectional=False, gates=4):
    """PyTorch convention: W_ih, W_hh, b_ih, b_hh per layer and direction."""
    dirs = 2 if bidirectional else 1
    total = 0
    for layer in range(layers):
        i = inp if layer == 0 else hid * dirs
        total += dirs * gates * (hid * i + hid * hid + 2 * hid)
    return total


def softmax(z):
    z = np.asarray(z, float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


TOL = 0.001

# ---------------- Question 1: parameter counts ----------------
add("1a", "embedding parameter count", "integer", 30000 * 512)
add("1b", "LSTM parameter count", "integer", lstm_params(128, 256, layers=2))
add("1c", "GRU parameter count", "integer", lstm_params(64, 32, bidirectional=True, gates=3))
E = 512
mha = 3 * E * E + 3 * E + E * E + E  # in_proj weight+bias, out_proj weight+bias
add("1d", "multi-head attention parameter count", "integer", mha)
add("1e", "batch norm parameter count", "integer", 2 * 64)
vocab, emb, hid, ntags = 5000, 100, 64, 17
tagger = vocab * emb + lstm_params(emb, hid) + 2 * hid + (hid * ntags + ntags)
add("1f", "model parameter count", "integer", tagger)

# ---------------- Question 2: attention ----------------
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 1], [2, 0], [0, 1]], float)
V = np.array([[1, 2], [0, 1], [3, 0]], float)
S = Q @ K.T / math.sqrt(2)
A = softmax(S)
add("2a", "attention scores", "matrix", S, tol=TOL)
add("2b", "attention weights", "vector", A[0], tol=TOL)
add("2c", "attention output", "matrix", A @ V, tol=TOL)
mask = np.tril(np.ones((3, 3), bool))
Sm = np.where(mask, S, -np.inf)
Am = softmax(Sm)
add("2d", "masked attention output", "vector", (Am @ V)[1], tol=TOL)
nonc("2e", "explain the role of the scaling factor")

# ---------------- Question 3: softmax and losses ----------------
z = np.array([2.0, 1.0, -1.0, 0.5])
y = 1
p = softmax(z)
add("3a", "softmax", "vector", p, tol=TOL)
add("3b", "cross-entropy loss", "real", -math.log(p[y]), tol=TOL)
onehot = np.eye(4)[y]
add("3c", "cross-entropy gradient", "vector", p - onehot, tol=TOL)
hinge = sum(max(0.0, z[j] - z[y] + 1.0) for j in range(4) if j != y)
add("3d", "multiclass hinge loss", "real", hinge, tol=TOL)
add("3e", "softmax with temperature", "vector", softmax(z / 2), tol=TOL)
add("3f", "softmax shift invariance", "boolean", bool(np.allclose(softmax(z + 10), softmax(z))))
s = -0.5
sig = 1 / (1 + math.exp(-s))
add("3g", "binary cross-entropy", "real", -math.log(sig), tol=TOL)
yh = np.array([0.5, 1.5, -1]); yt = np.array([1, 1, 0])
add("3h", "mean squared error", "real", np.mean((yh - yt) ** 2), tol=TOL)

# ---------------- Question 4: layer norm (no parts) ----------------
x = np.array([1, 2, 3, 6], float)
add("4", "layer norm forward", "vector", (x - x.mean()) / np.sqrt(x.var()), tol=TOL)

# ---------------- Question 5 ----------------
nonc("5", "discuss: give reasons")

doc = {"set": "md-seq-attention", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, default_flow_style=False)
print(open(os.path.join(HERE, "expected.yaml")).read())
