"""Compute every numeric answer of problems.tex and write expected.yaml."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def pool_out(n, k, s):
    return (n - k) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return out


def conv_transpose2d(Z, K, stride=1):
    Z, K = np.asarray(Z, float), np.asarray(K, float)
    kh, kw = K.shape
    out = np.zeros(((Z.shape[0] - 1) * stride + kh, (Z.shape[1] - 1) * stride + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i * stride:i * stride + kh, j * stride:j * stride + kw] += Z[i, j] * K
    return out


def pool2d(A, k, s, fn):
    A = np.asarray(A, float)
    oh, ow = pool_out(A.shape[0], k, s), pool_out(A.shape[1], k, s)
    return np.array([[fn(A[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


def num(v):
    v = float(v)
    return int(round(v)) if abs(v - round(v)) < 1e-9 else round(v, 4)


def tolist(a):
    a = np.asarray(a)
    if a.ndim == 0:
        return num(a)
    return [tolist(r) for r in a]


parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Problem 1 ----------------
H = 64
a = [16, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)]
add("1a", "conv output shape", "shape", a, layout="CHW")
b = [16, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2)]
add("1b", "conv output shape (stride)", "shape", b, layout="CHW")
c = [8, conv_out(H, 7, 1, 3, 2), conv_out(H, 7, 1, 3, 2)]
add("1c", "conv output shape (dilation)", "shape", c, layout="CHW")
# padding='same' with stride 1 keeps the spatial size
total_pad = 2 * (7 - 1)  # 'same', stride 1: total padding d*(k-1), split over both sides
same = H + total_pad - 2 * (7 - 1) - 1 + 1
add("1d", "conv output shape ('same')", "shape", [8, same, same], layout="CHW")
e = [a[0], pool_out(a[1], 3, 2), pool_out(a[2], 3, 2)]
add("1e", "max-pool output shape", "shape", e, layout="CHW")
f = [8, convT_out(b[1], 4, 2, 1), convT_out(b[2], 4, 2, 1)]
add("1f", "transposed conv output shape", "shape", f, layout="CHW")
nc("1g", "explain in words (give reasons)")

# ---------------- Problem 2 ----------------
x = [2, -1, 3, 0, 1, 4]
w = np.array([1, 0, -1], float)
add("2a", "1D cross-correlation", "vector", tolist(xcorr1d(x, w)))
add("2b", "1D cross-correlation (padding, stride)", "vector", tolist(xcorr1d(x, w, stride=2, pad=1)))
add("2c", "1D true convolution (flipped kernel)", "vector", tolist(xcorr1d(x, w[::-1])))
X = [[1, 2, 0, 1], [0, 1, 3, 2], [2, 0, 1, 1], [1, 3, 0, 2]]
K = [[1, -1], [0, 2]]
add("2d", "2D cross-correlation", "matrix", tolist(xcorr2d(X, K)))
add("2e", "transposed convolution", "matrix",
    tolist(conv_transpose2d([[1, 2], [-1, 3]], [[1, 0], [2, 1]], stride=1)))
sig = np.array([1, 2, 3, 4, 5], float)
yout = np.array([5, 8, 11, 14], float)
M = np.stack([sig[:-1], sig[1:]], axis=1)
wrec, *_ = np.linalg.lstsq(M, yout, rcond=None)
assert np.allclose(M @ wrec, yout)
add("2f", "recover filter from input and output", "vector", tolist(wrec))

# ---------------- Problem 3 ----------------
A = [[1, 5, 2, 0], [3, -2, 4, 6], [7, 1, 0, 2], [-1, 8, 3, 5]]
add("3a", "max pooling", "matrix", tolist(pool2d(A, 2, 2, np.max)))
add("3b", "average pooling", "matrix", tolist(pool2d(A, 2, 2, np.mean)), tol=0.001)
add("3c", "global average pooling", "real", num(np.mean(A)), tol=0.001)

# ---------------- Problem 4 ----------------
cin, cout, k, HW = 32, 64, 3, 56
std = cout * cin * k * k + cout
add("4a", "conv parameter count", "integer", std)
dw = cin * k * k + cin
pw = cout * cin + cout
add("4b", "depthwise separable parameter count", "integer", dw + pw)
g = 4
add("4c", "grouped conv parameter count", "integer", cout * (cin // g) * k * k + cout)
add("4d", "conv MACs", "integer", HW * HW * cout * cin * k * k)
# receptive field: r += (k-1)*jump ; jump *= stride
r, jump = 1, 1
for kk, ss in [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2)]:
    r += (kk - 1) * jump
    jump *= ss
add("4e", "receptive field", "integer", r)
nc("4f", "discuss in words")

out = {"set": "cnn-hw-article", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None))
