"""Recompute every answer of CS 182/282 HW4 (Markdown course page) and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def py(v, nd=4):
    a = np.asarray(v)
    if a.dtype.kind in "iub":
        return a.tolist()
    return (np.round(a.astype(float), nd) + 0.0).tolist()


def softmax(z, axis=-1):
    z = np.asarray(z, float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


parts = []

# ---------------- 1. normalization ----------------
B = np.array([[1, 2, 0], [3, 2, 4], [5, 2, 2], [7, 2, 6]], float)


def bn(x, eps=0.0, gamma=1.0, beta=0.0):
    mu = x.mean(axis=0)
    var = x.var(axis=0)                       # biased
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


parts.append(dict(id="1a", computable=True, family="batch norm forward", answer_kind="vector",
                  answer=py(bn(B[:, 0])), tolerance=0.001))
parts.append(dict(id="1b", computable=True, family="batch norm forward (constant feature, eps)",
                  answer_kind="vector", answer=py(bn(B[:, 1], eps=1e-5)), tolerance=0.001))
row = B[1]
ln = (row - row.mean()) / np.sqrt(row.var())
parts.append(dict(id="1c", computable=True, family="layer norm forward", answer_kind="vector",
                  answer=py(ln), tolerance=0.001))
single = np.array([[3, 2, 4]], float)
out_single = bn(single, eps=1e-5, gamma=np.array([2, 2, 2.]), beta=np.array([0.5, -1, 1]))[0]
parts.append(dict(id="1d", computable=True, family="batch norm with a batch of one", answer_kind="vector",
                  answer=py(out_single), tolerance=0.001))

# gradient of batch norm (gamma=1, eps=0) for feature x1
x1 = B[:, 0]
dy = np.array([1, -1, 0, 2], float)
N = len(x1)
sig = np.sqrt(x1.var())
xhat = (x1 - x1.mean()) / sig
dx = (N * dy - dy.sum() - xhat * np.dot(dy, xhat)) / (N * sig)
# finite-difference check of the closed form
L = lambda v: np.dot(dy, bn(v))
h = 1e-6
fd = np.array([(L(x1 + h * e) - L(x1 - h * e)) / (2 * h) for e in np.eye(N)])
assert np.allclose(fd, dx, atol=1e-6)
parts.append(dict(id="1e", computable=True, family="batch norm backward", answer_kind="vector",
                  answer=py(dx), tolerance=0.001))
n_bn = 2 * 64
n_ln = 2 * 64 * 8 * 8
parts.append(dict(id="1f", computable=True, family="batch/layer norm parameter count", answer_kind="integer",
                  answer=int(n_bn + n_ln)))
parts.append(dict(id="1g", computable=False, why="explain in words"))

# ---------------- 2. softmax and losses ----------------
z = np.array([1.5, 2.0, -1.0, 0.5])
y = 0                                          # class 1, 1-indexed
p = softmax(z)
parts.append(dict(id="2a", computable=True, family="softmax", answer_kind="vector", answer=py(p),
                  tolerance=0.001))
parts.append(dict(id="2b", computable=True, family="cross-entropy loss", answer_kind="real",
                  answer=round(float(-np.log(p[y])), 4), tolerance=0.001))
onehot = np.eye(4)[y]
parts.append(dict(id="2c", computable=True, family="cross-entropy gradient wrt logits", answer_kind="vector",
                  answer=py(p - onehot), tolerance=0.001))
hinge = sum(max(0.0, z[j] - z[y] + 1.0) for j in range(4) if j != y)
parts.append(dict(id="2d", computable=True, family="multiclass hinge loss", answer_kind="real",
                  answer=round(float(hinge), 4), tolerance=0.001))
pT = softmax(z / 2.0)
opts = {"A": 0.404, "B": 0.532, "C": 0.250, "D": 0.611}
best = min(opts, key=lambda k: abs(opts[k] - pT[1]))
assert abs(opts[best] - pT[1]) < 0.001
parts.append(dict(id="2e", computable=True, family="softmax with temperature", answer_kind="choice",
                  answer=best))

# ---------------- 3. attention ----------------
Q = np.array([[1, 0], [0, 2], [1, 1]], float)
K = np.array([[1, 1], [2, 0], [0, 1]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
parts.append(dict(id="3a", computable=True, family="attention weights", answer_kind="matrix", answer=py(A),
                  tolerance=0.001))
parts.append(dict(id="3b", computable=True, family="attention output", answer_kind="matrix", answer=py(A @ V),
                  tolerance=0.001))
mask = np.tril(np.ones((3, 3), bool))
Sm = np.where(mask, S, -np.inf)
Am = softmax(Sm, axis=1)
parts.append(dict(id="3c", computable=True, family="causal attention output row", answer_kind="vector",
                  answer=py((Am @ V)[1]), tolerance=0.001))
E = 256
mha = 3 * E * E + 3 * E + E * E + E           # in_proj weight+bias, out_proj weight+bias
parts.append(dict(id="3d", computable=True, family="multi-head attention parameter count",
                  answer_kind="integer", answer=int(mha)))
parts.append(dict(id="3e", computable=False, why="explain / argue about variance"))

# ---------------- 4. sequence-model parameter counts ----------------
n_emb = 10000 * 128


def lstm_params(inp, hid, layers, gates=4):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)   # PyTorch: b_ih and b_hh
    return total


n_lstm = lstm_params(128, 256, 2, gates=4)
n_gru = lstm_params(128, 64, 1, gates=3)
n_head = 256 * 10000 + 10000
parts.append(dict(id="4a", computable=True, family="embedding parameter count", answer_kind="integer",
                  answer=int(n_emb)))
parts.append(dict(id="4b", computable=True, family="LSTM parameter count (PyTorch biases)",
                  answer_kind="integer", answer=int(n_lstm)))
parts.append(dict(id="4c", computable=True, family="GRU + linear parameter count", answer_kind="integer",
                  answer=int(n_gru + n_head)))
parts.append(dict(id="4d", computable=False,
                  why="ambiguous: one bias vector (textbook, 98560) or PyTorch's two (98816); the part names no convention"))

doc = {"set": "dl-course-hw4-markdown", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
