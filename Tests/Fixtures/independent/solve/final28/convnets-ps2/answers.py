"""Answers for convnets-ps2 (Problem Set 2). Writes expected.yaml next to this file."""
import math
import os
import numpy as np
import yaml


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


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
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(ow)] for i in range(oh)])


def tconv1d(x, w, stride):
    out = np.zeros((len(x) - 1) * stride + len(w))
    for i, xi in enumerate(x):
        out[i*stride:i*stride+len(w)] += xi * np.asarray(w, float)
    return out


def tconv2d(X, K):
    X = np.asarray(X, float); K = np.asarray(K, float)
    out = np.zeros((X.shape[0] + K.shape[0] - 1, X.shape[1] + K.shape[1] - 1))
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            out[i:i+K.shape[0], j:j+K.shape[1]] += X[i, j] * K
    return out


def pool2d(F, k, s, op):
    F = np.asarray(F, float)
    oh = (F.shape[0] - k) // s + 1
    ow = (F.shape[1] - k) // s + 1
    return np.array([[op(F[i*s:i*s+k, j*s:j*s+k]) for j in range(ow)] for i in range(oh)])


def num(v):
    v = float(v)
    return int(v) if v.is_integer() else round(v, 6)


def mat(A):
    A = np.atleast_1d(A)
    if A.ndim == 1:
        return [num(v) for v in A]
    return [[num(v) for v in row] for row in A]


parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# Problem 1
N, C, H = 8, 3, 64
ha = conv_out(H, 5)
add("1a", "conv output shape", "shape", [N, 16, ha, ha], layout="NCHW")
hb = conv_out(H, 5, s=2, p=2)
add("1b", "conv output shape (stride, padding)", "shape", [N, 16, hb, hb], layout="NCHW")
hc = conv_out(H, 3, p=1, d=2)
add("1c", "conv output shape (dilation)", "shape", [N, 16, hc, hc], layout="NCHW")
hd = conv_out(ha, 3, s=2)
add("1d", "max pool output shape", "shape", [N, 16, hd, hd], layout="NCHW")
he = (hb - 1) * 2 - 2 * 1 + 4
add("1e", "transposed conv output shape", "shape", [N, 8, he, he], layout="NCHW")
hf = math.ceil(64 / 3)
add("1f", "conv output shape ('same', channels-last)", "shape", [hf, hf, 32], layout="HWC")
nc("1g", "explain in words")

# Problem 2
x = [2, -1, 3, 0, 1, 4]; w = [1, 0, -2]
add("2a", "1D cross-correlation", "vector", mat(xcorr1d(x, w)))
add("2b", "1D cross-correlation with padding and stride", "vector", mat(xcorr1d(x, w, stride=2, pad=1)))
add("2c", "1D true convolution (flipped kernel), valid", "vector", mat(np.convolve(x, w, mode="valid")))
X = [[1, 0, 2, -1], [3, 1, 0, 2], [-2, 1, 1, 0], [0, 2, -1, 1]]
K = [[1, -1], [0, 2]]
add("2d", "2D cross-correlation", "matrix", mat(xcorr2d(X, K)))

# Problem 3
add("3a", "1D transposed convolution (stride 2)", "vector", mat(tconv1d([1, 2, -1], [1, 3, -2], 2)))
add("3b", "2D transposed convolution", "matrix", mat(tconv2d([[1, 2], [3, -1]], [[1, 0], [2, 1]])))
xr = np.array([1, 2, 0, -1, 3], float); yr = np.array([0, 3, 4], float)
A = np.array([xr[i:i+3] for i in range(3)])
wr = np.linalg.solve(A, yr)
add("3c", "recover filter from input and output", "vector", mat(np.round(wr, 10)))
add("3d", "uniqueness of recovered filter", "boolean", bool(abs(np.linalg.det(A)) > 1e-9))

# Problem 4
F = np.array([[1, 5, 2, 0], [3, -1, 4, 6], [0, 2, 7, 1], [8, -3, 2, 5]], float)
add("4a", "max pooling", "matrix", mat(pool2d(F, 2, 2, np.max)))
add("4b", "average pooling", "matrix", mat(pool2d(F, 2, 2, np.mean)))
add("4c", "max pooling 3x3 stride 1", "matrix", mat(pool2d(F, 3, 1, np.max)))
G = np.array([[1, -2], [3, 0.5]])
dF = np.zeros_like(F)
for i in range(2):
    for j in range(2):
        win = F[2*i:2*i+2, 2*j:2*j+2]
        a, b = np.unravel_index(np.argmax(win), win.shape)
        dF[2*i + a, 2*j + b] += G[i, j]
add("4d", "max pooling backward", "matrix", mat(dF))

# Problem 5
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2)]
r, jump = 1, 1
for k, s in layers:
    r += (k - 1) * jump
    jump *= s
add("5a", "receptive field", "integer", r)
add("5b", "receptive field jump (effective stride)", "integer", jump)
nc("5c", "discuss advantages in words")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "convnets-ps2", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
