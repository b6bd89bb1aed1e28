"""Recompute every numeric answer of problems.md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def r4(a):
    a = np.round(np.asarray(a, dtype=float), 4) + 0.0
    return a.tolist() if a.ndim else float(a)


def ints(a):
    return np.rint(np.asarray(a, dtype=float)).astype(int).tolist()


def comp(id_, family, kind, answer, **kw):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def noncomp(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


# Problem 1
x = np.array([1, 3, -1, 2, 0, 4.0]); w = np.array([1, 0, -1.0])
comp("1a", "1D cross-correlation by hand", "vector", ints(xcorr1d(x, w)))
comp("1b", "1D convolution (flipped kernel)", "vector", ints(xcorr1d(x, w[::-1])))
comp("1c", "1D cross-correlation with padding and stride", "vector", ints(xcorr1d(x, w, 2, 1)))
comp("1d", "conv output length (dilation)", "integer", conv_out(100, 3, 1, 1, 2))

# Problem 2
def tconv1d(x, k, stride):
    out = np.zeros((len(x) - 1) * stride + len(k))
    for i, xi in enumerate(x):
        out[i * stride:i * stride + len(k)] += xi * np.asarray(k, float)
    return out


comp("2a", "1D transposed convolution", "vector", ints(tconv1d([1, 2, -1], [1, 1, 2], 2)))
comp("2b", "transposed conv output length", "integer", (10 - 1) * 3 - 2 * 1 + (4 - 1) + 0 + 1)
xr = np.array([1, 2, 3.0]); yr = np.array([4, 7.0])
A = np.array([xr[i:i + 2] for i in range(2)])
comp("2c", "recover 1D filter", "vector", ints(np.linalg.solve(A, yr)))
X = np.array([[1, 2, 0], [0, 1, 1], [1, 0, 2.0]])
Y = np.array([[-1, 4], [1, 0.0]])
rows = [X[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)]
Ksol = np.linalg.solve(np.array(rows), Y.ravel()).reshape(2, 2)
comp("2d", "recover 2D filter", "matrix", ints(Ksol))

# Problem 3
Q = np.array([[1, 0], [0, 1], [1, 1.0]])
Km = np.array([[1, 0], [1, 1], [0, 2.0]])
V = np.array([[2, 0], [0, 1], [1, -1.0]])
S = Q @ Km.T


def softmax_rows(M):
    E = np.exp(M - M.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


Att = softmax_rows(S / np.sqrt(2))
comp("3a", "attention scores", "matrix", ints(S))
comp("3b", "attention weights (softmax)", "matrix", r4(Att), tolerance=0.0001)
comp("3c", "attention output", "matrix", r4(Att @ V), tolerance=0.0001)
mask = np.tril(np.ones((3, 3), bool))
Am = softmax_rows(np.where(mask, S / np.sqrt(2), -np.inf))
comp("3d", "causal attention weights", "vector", r4(Am[1]), tolerance=0.0001)


# Problem 4 (PyTorch conventions: LSTM/GRU have b_ih and b_hh)
def lstm_params(i, h, layers=1):
    tot = 0
    for l in range(layers):
        inp = i if l == 0 else h
        tot += 4 * h * (inp + h) + 2 * 4 * h
    return tot


def gru_params(i, h):
    return 3 * h * (i + h) + 2 * 3 * h


def mha_params(e):
    return 3 * e * e + 3 * e + e * e + e


comp("4a", "embedding parameter count", "integer", 10000 * 256)
comp("4b", "LSTM parameter count", "integer", lstm_params(256, 512, 2))
comp("4c", "GRU parameter count", "integer", gru_params(256, 128))
comp("4d", "multi-head attention parameter count", "integer", mha_params(256))
comp("4e", "attention head dimension", "integer", 256 // 8)
seq_len, batch, feat = 35, 20, 256          # input of shape (35, 20, 256), seq-first
comp("4f", "LSTM output shape", "shape", [seq_len, batch, 512], layout="(L, N, H_out)")
# batch_first=True: (N, L, H_in) -> (N, L, H_out); output carries hidden_size=128 features
comp("4g", "GRU output shape (batch_first)", "shape", [batch, seq_len, 128], layout="(N, L, H_out)")

# Problem 5
C = 64  # any C
comp("5a", "1x1 conv vs linear weights", "boolean", C * C * 1 * 1 == C * C)
noncomp("5b", "ambiguous: the sheet never says whether the layer has a bias "
              "(4608 without, 4640 with)")
opts = {"A": lstm_params(256, 512), "B": gru_params(256, 512),
        "C": 256 * 2048 + 2048, "D": mha_params(512)}
comp("5c", "parameter count comparison", "choice", max(opts, key=opts.get))

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "seq-attention-week7", "source": "problems.md", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
