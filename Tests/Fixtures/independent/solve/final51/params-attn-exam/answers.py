"""Recompute every computable answer of params-attn-exam/problems.tex and write expected.yaml."""
import json
import math
import os
import numpy as np
import yaml

SET = "params-attn-exam"
SOURCE = "problems.tex"
parts = []


def py(v):
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, float):
            x = float(f"{x:.6g}")  # 6 significant digits; tolerances are given per part
            if x == int(x):
                x = int(x)
        return x
    return [py(e) for e in a]


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer) if kind not in ("choice", "boolean") else answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0):
    return (n - 1) * s - 2 * p + k + op


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def xcorr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


# ---- Question 1: 8 -> 16 channels, 5x5 kernel, biases everywhere
cin, cout, k = 8, 16, 5
add("1a", "conv parameter count", "integer", cout * cin * k * k + cout)
dw = cin * k * k + cin          # depthwise 5x5, one filter per input channel, bias
pw = cout * cin * 1 * 1 + cout  # pointwise 1x1, bias
add("1b", "depthwise separable parameter count", "integer", dw + pw)
groups = 4
add("1c", "grouped conv parameter count", "integer", cout * (cin // groups) * k * k + cout)
add("1d.i", "batch norm parameter count", "integer", 2 * 16)
# weight, bias, running_mean, running_var (16 each) + num_batches_tracked (scalar)
add("1d.ii", "batch norm state_dict size", "integer", 4 * 16 + 1)

# ---- Question 2: TextClassifier
vocab, dim, hidden, ncls = 10000, 128, 256, 5
emb = vocab * dim


def rnn_params(gates, inp, hid, layers, bias_vectors=2):
    total = 0
    for layer in range(layers):
        i = inp if layer == 0 else hid
        total += gates * (hid * i + hid * hid + bias_vectors * hid)
    return total


lstm = rnn_params(4, dim, hidden, 2)
fc = hidden * ncls + ncls
add("2a", "embedding parameter count", "integer", emb)
add("2b", "LSTM parameter count (PyTorch biases)", "integer", lstm)
add("2c", "linear parameter count", "integer", fc)
add("2d", "model parameter count", "integer", emb + lstm + fc)
add("2e", "GRU parameter count (PyTorch biases)", "integer", rnn_params(3, dim, hidden, 2))
nc("2f", "ambiguous: no framework named; PyTorch's two bias vectors per gate give "
   + str(rnn_params(4, 10, 20, 1, 2)) + ", the textbook single bias gives " + str(rnn_params(4, 10, 20, 1, 1)))

# ---- Question 3: nn.MultiheadAttention(512, 8)


def mha_params(E, heads):
    in_proj = 3 * E * E + 3 * E   # Q, K, V projections with bias (independent of heads)
    out_proj = E * E + E
    return in_proj + out_proj


E = 512
add("3a", "multi-head attention parameter count", "integer", mha_params(E, 8))
add("3b", "per-head dimension", "integer", E // 8)
ratio = mha_params(E, 16) / mha_params(E, 8)
opts = {"A": 2.0, "B": 0.5, "C": 1.0, "D": 4.0}
add("3c", "multi-head attention parameter count (multiple choice)", "choice",
    [key for key, val in opts.items() if np.isclose(val, ratio)][0])

# ---- Question 4: attention
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 1], [0, 2], [1, -1]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T / np.sqrt(2)


def softmax_rows(M):
    e = np.exp(M - M.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


A = softmax_rows(S)
add("4a", "attention scores", "matrix", S, tol=1e-3)
add("4b", "attention weights", "matrix", A, tol=1e-3)
add("4c", "attention output", "matrix", A @ V, tol=1e-3)
mask = np.tril(np.ones((3, 3), bool))
Am = softmax_rows(np.where(mask, S, -np.inf))
add("4d.i", "causal attention weights", "vector", Am[1], tol=1e-3)
nc("4d.ii", "explain in words")

# ---- Question 5
macs = 32 * 1024 * 4096
opts5 = {"A": 4194304, "B": 134217728, "C": 268435456, "D": 134348800}
add("5a", "linear layer MACs (multiple choice)", "choice", [key for key, val in opts5.items() if val == macs][0])
add("5b", "1x1 conv vs linear parameter count (true/false)", "boolean", bool(64 * 256 * 1 * 1 == 256 * 64))

out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml")


def emit(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        r = repr(v)
        if "e" in r and "." not in r.split("e")[0]:
            r = r.replace("e", ".0e")
        return r
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(emit(e) for e in v) + "]"
    return json.dumps(v)


lines = ["set: " + SET, "source: " + SOURCE, "parts:"]
for p in parts:
    first = True
    for k, v in p.items():
        lines.append(("  - " if first else "    ") + k + ": " + (v if k in ("id", "family", "answer_kind", "layout") and isinstance(v, str) and ":" not in v else emit(v)))
        first = False
text = "\n".join(lines) + "\n"
for a_, b_ in zip(yaml.safe_load(text)["parts"], parts):
    assert a_ == b_, (a_, b_)
with open(out_path, "w") as fh:
    fh.write(text)
print(text)
