"""Recompute every answer of cnn_hw3 and write expected.yaml next to this file."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def num(v):
    v = np.asarray(v)
    if v.ndim == 0:
        f = float(v)
        return int(round(f)) if abs(f - round(f)) < 1e-9 else round(f, 4)
    return [num(e) for e in v]


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": num(answer) if kind not in ("choice", "choices", "boolean") else answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


# ---------------- Problem 1 ----------------
C, H, W = 3, 64, 64
a = (16, conv_out(H, 5, 1, 2), conv_out(W, 5, 1, 2))
add("1a", "conv output shape", "shape", list(a), layout="CHW")
b = (32, conv_out(a[1], 7, 2, 3), conv_out(a[2], 7, 2, 3))
add("1b", "conv output shape (stride)", "shape", list(b), layout="CHW")
c = (b[0], conv_out(b[1], 3, 2), conv_out(b[2], 3, 2))
add("1c", "pooling output shape", "shape", list(c), layout="CHW")
d = (8, conv_out(a[1], 3, 1, 1, 2), conv_out(a[2], 3, 1, 1, 2))
add("1d", "dilated conv output shape", "shape", list(d), layout="CHW")
def tconv_out(n, k, s, p):
    return (n - 1) * s - 2 * p + k
e = (4, tconv_out(a[1], 4, 2, 1), tconv_out(a[2], 4, 2, 1))
add("1e", "transposed conv output shape", "shape", list(e), layout="CHW")
f = (math.ceil(64 / 3), math.ceil(64 / 3), 10)
add("1f", "conv output shape ('same', keras)", "shape", list(f), layout="HWC")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("2a", "1D cross-correlation", "vector", corr1d(x, w))
add("2b", "1D cross-correlation (padding, stride)", "vector", corr1d(x, w, stride=2, pad=1))
add("2c", "1D true convolution (flipped)", "vector", corr1d(x, w[::-1]))
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, -1, 1, 0], [1, 0, 2, 1]], float)
K = np.array([[1, -1], [0, 2]], float)
add("2d", "2D cross-correlation", "matrix", corr2d(X, K))
add("2e", "2D cross-correlation (padding, stride)", "matrix", corr2d(X, K, stride=2, pad=1))

# ---------------- Problem 3 ----------------
def tconv1d(x, k, s):
    out = np.zeros((len(x) - 1) * s + len(k))
    for i, xi in enumerate(x):
        out[i * s:i * s + len(k)] += xi * np.asarray(k, float)
    return out
add("3a", "1D transposed convolution", "vector", tconv1d([1, 2, -1], [1, 2, 1], 2))
def tconv2d(x, k):
    x = np.asarray(x, float); k = np.asarray(k, float)
    out = np.zeros((x.shape[0] + k.shape[0] - 1, x.shape[1] + k.shape[1] - 1))
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            out[i:i + k.shape[0], j:j + k.shape[1]] += x[i, j] * k
    return out
add("3b", "2D transposed convolution", "matrix", tconv2d([[1, 2], [3, 4]], [[1, 0], [-1, 1]]))
xin = np.array([1, 0, 2, -1, 3], float)
yout = np.array([4, -3, 8], float)
A = np.array([xin[i:i + 3] for i in range(3)])
filt = np.linalg.solve(A, yout)
assert np.allclose(corr1d(xin, filt), yout)
add("3c", "recover filter from input and output", "vector", filt, tol=1e-6)
nc("3d", "explain in words")

# ---------------- Problem 4 ----------------
Am = np.array([[1, 3, 2, 0], [4, 6, 1, 5], [0, 2, 7, 3], [8, 1, 2, 4]], float)
blocks = Am.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3)
add("4a", "max pooling", "matrix", blocks.max(axis=(2, 3)))
add("4b", "average pooling", "matrix", blocks.mean(axis=(2, 3)), tol=1e-6)
add("4c", "global average pooling", "real", Am.mean(), tol=1e-3)

# ---------------- Problem 5 ----------------
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]  # kernel, stride, dilation
rf, jump, rfs = 1, 1, []
for k, s, dl in layers:
    rf += (dl * (k - 1) + 1 - 1) * jump
    jump *= s
    rfs.append(rf)
add("5a", "receptive field", "integer", rfs[2])
add("5b", "receptive field (dilated)", "integer", rfs[4])
macs = 128 * 32 * 32 * 64 * 3 * 3
add("5c", "conv MACs", "integer", macs)
add("5d", "conv FLOPs", "integer", 2 * macs)

with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": "cnn_hw3", "source": "problems.tex", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=100)
print(len(parts), "parts,", sum(p["computable"] for p in parts), "computable")
