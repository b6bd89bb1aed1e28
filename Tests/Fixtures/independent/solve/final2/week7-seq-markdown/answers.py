"""Recompute every computable answer of week7-seq-markdown and write expected.yaml."""
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 1e-3


def py(v):
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = round(float(v), 6)
        if f == 0:
            f = 0.0
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


parts = []


def add(pid, **kw):
    d = {"id": pid}
    d.update(kw)
    if "answer" in d:
        d["answer"] = py(d["answer"])
    parts.append(d)


def softmax_rows(S):
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


# ---------------- 1. attention ----------------
Q = np.array([[1, 0], [0, 2]], dtype=float)
K = np.array([[1, 1], [0, 1], [2, 0]], dtype=float)
V = np.array([[1, 0], [0, 1], [1, 1]], dtype=float)
dk = 2
S = Q @ K.T
add("1a", computable=True, family="attention raw scores", answer_kind="matrix", answer=S)
A = softmax_rows(S / np.sqrt(dk))
add("1b", computable=True, family="attention weights (scaled softmax)", answer_kind="matrix",
    answer=A, tolerance=TOL)
add("1c", computable=True, family="attention output", answer_kind="matrix", answer=A @ V,
    tolerance=TOL)
Sm = S / np.sqrt(dk)
mask = np.array([[j <= i for j in range(3)] for i in range(2)])
Sm = np.where(mask, Sm, -np.inf)
Am = softmax_rows(Sm)
add("1d", computable=True, family="causal masked attention output", answer_kind="matrix",
    answer=Am @ V, tolerance=TOL)
c = 3.7
same = np.allclose(softmax_rows(S + np.array([[c], [0]])), softmax_rows(S))
add("1e", computable=True, family="softmax shift invariance", answer_kind="choice",
    answer="B" if same else "?")
add("1f", computable=False, why="explain in words (scaling by sqrt(d_k))")

# ---------------- 2. parameter counts (PyTorch defaults) ----------------
add("2.1", computable=True, family="embedding parameter count", answer_kind="integer",
    answer=10000 * 256)


def lstm_params(inp, hid, layers=1, gates=4):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)
    return total


add("2.2", computable=True, family="LSTM parameter count", answer_kind="integer",
    answer=lstm_params(256, 512))
add("2.3", computable=True, family="LSTM parameter count (2 layers)", answer_kind="integer",
    answer=lstm_params(256, 512, layers=2))
add("2.4", computable=True, family="GRU parameter count", answer_kind="integer",
    answer=lstm_params(128, 64, gates=3))
E = 512


def mha_params(e, heads):
    assert e % heads == 0
    return 3 * e * e + 3 * e + e * e + e  # in_proj weight+bias, out_proj weight+bias


add("2.5", computable=True, family="multi-head attention parameter count",
    answer_kind="integer", answer=mha_params(E, 8))
add("2.6", computable=True, family="multi-head attention parameter count vs heads",
    answer_kind="boolean", answer=mha_params(E, 16) != mha_params(E, 8))

# ---------------- 3. 1D convolutions ----------------
x = np.array([1, 3, -1, 2, 0, 4], dtype=float)
w = np.array([2, -1, 1], dtype=float)


def xcorr1d(x, w, stride=1, pad=0):
    xp = np.pad(x, pad)
    n = (len(xp) - len(w)) // stride + 1
    return np.array([np.dot(xp[i * stride:i * stride + len(w)], w) for i in range(n)])


add("3a", computable=True, family="1D cross-correlation (Conv1d)", answer_kind="vector",
    answer=xcorr1d(x, w))
add("3b", computable=True, family="1D conv with stride and padding", answer_kind="vector",
    answer=xcorr1d(x, w, stride=2, pad=1))
add("3c", computable=False,
    why="ambiguous: 'convolution' with no stated convention -- flipped kernel gives "
        + str(py(np.convolve(x, w, mode='valid'))) + ", unflipped gives "
        + str(py(xcorr1d(x, w))))


def convT1d(z, u, stride):
    out = np.zeros((len(z) - 1) * stride + len(u))
    for i, zi in enumerate(z):
        out[i * stride:i * stride + len(u)] += zi * u
    return out


z = np.array([3, -1, 2], dtype=float)
u = np.array([1, 2], dtype=float)
add("3d", computable=True, family="transposed 1D convolution", answer_kind="vector",
    answer=convT1d(z, u, 2))
add("3e", computable=True, family="transposed 1D convolution (stride 1)", answer_kind="vector",
    answer=convT1d(z, u, 1))
yv = np.array([5, -5, 5, -2, 8], dtype=float)
A = np.array([x[i:i + 2] for i in range(5)])
vsol, res, *_ = np.linalg.lstsq(A, yv, rcond=None)
assert np.allclose(A @ vsol, yv)
add("3f", computable=True, family="recover filter from input and output", answer_kind="vector",
    answer=np.round(vsol, 10))

# ---------------- 4. pooling ----------------
M = np.array([[1, 3, 2, 0], [4, 6, 1, 1], [0, 2, 5, 7], [3, 1, 8, 2]], dtype=float)
blocks = M.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
add("4a", computable=True, family="max pooling", answer_kind="matrix", answer=blocks.max(axis=2))
add("4b", computable=True, family="average pooling", answer_kind="matrix",
    answer=blocks.mean(axis=2), tolerance=TOL)
add("4c", computable=True, family="global average pooling", answer_kind="real", answer=M.mean(),
    tolerance=TOL)

out = {"set": "week7-seq-markdown", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
