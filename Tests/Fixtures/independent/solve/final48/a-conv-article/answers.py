"""Compute the expected answers for a-conv-article and write expected.yaml."""
import numpy as np
import yaml
from pathlib import Path

parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    entry = {"id": pid, "computable": True, "family": family,
             "answer_kind": kind, "answer": answer}
    if layout:
        entry["layout"] = layout
    if tol is not None:
        entry["tolerance"] = tol
    parts.append(entry)


def no(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tout(n, k, s=1, p=0, op=0):
    return (n - 1) * s - 2 * p + k + op


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1):
    kh, kw = K.shape
    H, W = X.shape
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K)
                      for j in range(0, W - kw + 1, stride)]
                     for i in range(0, H - kh + 1, stride)])


def to_num(a):
    a = np.asarray(a, float)
    r = np.round(a, 6) + 0.0
    if np.allclose(r, np.round(r)):
        return np.round(r).astype(int).tolist()
    return r.tolist()


# Problem 1: input 3x64x64
H = 64
h1a = out(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [16, h1a, h1a], layout="CHW")
h1b = out(H, 5, 2, 2)
add("1b", "conv output shape (stride)", "shape", [16, h1b, h1b], layout="CHW")
h = out(H, 7, 3, 1)
add("1c", "conv output shape (stride, padding)", "shape", [8, h, h], layout="CHW")
h = out(H, 3, 1, 0, 2)
add("1d", "conv output shape (dilation)", "shape", [32, h, h], layout="CHW")
h = out(h1a, 3, 2)
add("1e", "max pool output shape", "shape", [16, h, h], layout="CHW")
h = tout(h1b, 4, 2, 1)
add("1f", "transposed conv output shape", "shape", [8, h, h], layout="CHW")
add("1g", "conv output shape ('same')", "shape", [6, H, H], layout="CHW")

# Problem 2
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("2a", "1D cross-correlation", "vector", to_num(xcorr1d(x, w)))
add("2b", "1D convolution (flipped)", "vector", to_num(np.convolve(x, w, mode="valid")))
add("2c", "1D cross-correlation stride/padding", "vector", to_num(xcorr1d(x, w, stride=2, pad=1)))
X = np.array([[1, 2, 0, 1], [3, -1, 2, 0], [0, 1, 1, 2], [2, 0, -1, 1]], float)
K = np.array([[1, -1], [0, 2]], float)
add("2d", "2D cross-correlation", "matrix", to_num(xcorr2d(X, K)))
u = np.array([1, 2, -1], float)
k = np.array([1, 3], float)
s = 2
y = np.zeros((len(u) - 1) * s + len(k))
for i, ui in enumerate(u):
    y[i * s:i * s + len(k)] += ui * k
add("2e", "1D transposed convolution", "vector", to_num(y))
xin = np.array([1, 2, 0, -1], float)
yout = np.array([0, 4, 1], float)
A = np.array([[xin[i], xin[i + 1]] for i in range(3)])
ab, res, *_ = np.linalg.lstsq(A, yout, rcond=None)
assert np.allclose(A @ ab, yout)
add("2f", "recover filter", "vector", to_num(ab))
no("2g", "explain in words")

# Problem 3
M = np.array([[4, 1, -2, 0], [3, 8, 5, 1], [-1, 0, 2, 6], [7, 2, 3, -4]], float)
blocks = M.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
add("3a", "max pooling", "matrix", to_num(blocks.max(-1)))
add("3b", "average pooling", "matrix", to_num(blocks.mean(-1)), tol=1e-3)
add("3c", "global average pooling", "real", float(M.mean()), tol=1e-3)
conv1 = 3 * 32 * 9 + 32
conv2 = 32 * 64 * 9 + 64
bn = 2 * 64
fc = 64 * 10 + 10
add("3d", "conv parameter count", "integer", conv1)
add("3e", "network parameter count", "integer", conv1 + conv2 + bn + fc)
add("3f", "depthwise separable parameter count", "integer", 32 * 9 + 32 * 64)
add("3g", "grouped conv parameter count", "integer", 64 * (32 // 4) * 9)
add("3h", "conv MACs", "integer", 32 * 32 * 32 * (3 * 9))

# Problem 4: receptive field
r, j = 1, 1
rfs = []
for kk, ss in [(3, 1), (3, 1), (2, 2), (3, 1), (5, 2)]:
    r += (kk - 1) * j
    j *= ss
    rfs.append(r)
add("4a", "receptive field", "integer", rfs[2])
add("4b", "receptive field", "integer", rfs[4])
no("4c", "discuss")

Path(__file__).with_name("expected.yaml").write_text(yaml.safe_dump(
    {"set": "a-conv-article", "source": "problems.tex", "parts": parts},
    sort_keys=False, default_flow_style=None))
