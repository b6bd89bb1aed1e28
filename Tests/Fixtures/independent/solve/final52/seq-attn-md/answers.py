"""Recompute every answer of seq-attn-md/problems.md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []
TOL = 0.001


def r(v, nd=4):
    v = round(float(v), nd)
    return 0.0 if v == 0 else v


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nocomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def softmax(z):
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def lstm_params(i, h, layers=1):
    total = 0
    for l in range(layers):
        inp = i if l == 0 else h
        total += 4 * (h * inp + h * h + 2 * h)
    return total


def gru_params(i, h):
    return 3 * (h * i + h * h + 2 * h)


def mha_params(e, heads):
    return 3 * e * e + 3 * e + e * e + e   # in_proj weight+bias, out_proj weight+bias


# Problem 1
add("1a", "LSTM parameter count", "integer", lstm_params(128, 256))
add("1b", "stacked LSTM parameter count", "integer", lstm_params(128, 256, 2))
add("1c", "GRU parameter count", "integer", gru_params(64, 32))
add("1d", "embedding parameter count", "integer", 10000 * 300)
add("1e", "linear parameter count", "integer", 300 * 10000 + 10000)
add("1f", "multi-head attention parameter count", "integer", mha_params(512, 8))
add("1g", "multi-head attention parameter count vs heads", "boolean",
    bool(mha_params(512, 16) != mha_params(512, 8)))

L, N = 35, 20   # batch_first=False by default: output is (L, N, hidden_size)
add("1h", "LSTM output shape", "shape", [L, N, 256], )
parts[-1]["layout"] = "(L, N, H_out)"

# Problem 2
Q = np.array([[1., 0.], [0., 1.]])
K = np.array([[1., 1.], [0., 2.], [1., 0.]])
V = np.array([[1., 0.], [0., 1.], [2., 2.]])
S = Q @ K.T / np.sqrt(2)
A = softmax(S)
add("2a", "attention scores", "matrix", [[r(v) for v in row] for row in S], TOL)
add("2b", "attention weights", "matrix", [[r(v) for v in row] for row in A], TOL)
add("2c", "attention output", "matrix", [[r(v) for v in row] for row in A @ V], TOL)
nocomp("2d", "explain in words")

# Problem 3
z = np.array([2.0, 1.0, 0.1])
p = softmax(z)
add("3a", "softmax", "vector", [r(v) for v in p], TOL)
add("3b", "cross-entropy loss", "real", r(-np.log(p[0])), TOL)
onehot = np.eye(3)[0]
add("3c", "cross-entropy gradient wrt logits", "vector", [r(v) for v in p - onehot], TOL)
add("3d", "softmax with temperature", "vector", [r(v) for v in softmax(z / 2)], TOL)
same = np.allclose(softmax(z + 100), p)
add("3e", "softmax shift invariance", "choice", "B" if same else "A")
y = 1
add("3f", "multiclass hinge loss", "real",
    r(sum(max(0.0, 1 + z[j] - z[y]) for j in range(3) if j != y)), TOL)

# Problem 4
w, u, b = 0.5, 1.0, 0.0
h1 = np.tanh(w * 0 + u * 1 + b)
h2 = np.tanh(w * h1 + u * 2 + b)
add("4a", "RNN forward step", "real", r(h1), TOL)
add("4b", "RNN forward step", "real", r(h2), TOL)
add("4c", "RNN hidden-state gradient", "real", r((1 - h2 ** 2) * w, 6), 0.0001)
nocomp("4d", "discuss")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "seq-attn-md", "source": "problems.md", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
