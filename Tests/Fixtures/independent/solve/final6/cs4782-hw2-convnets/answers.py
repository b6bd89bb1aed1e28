"""Recompute every computable answer of HW2 (convolutional networks) and write expected.yaml.

Plain numpy; run from this folder:  python3 answers.py
"""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v):
    """Convert numpy values / arrays to plain Python (rounded floats, ints)."""
    if isinstance(v, np.ndarray):
        return [py(x) for x in v.tolist()] if v.ndim else py(v.item())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = round(float(v), 6)
        return int(f) if f == int(f) and abs(f) < 1e15 else f
    return v


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.concatenate([np.zeros(pad), np.asarray(x, float), np.zeros(pad)])
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
                      for j in range(ow)] for i in range(oh)])


def tconv1d(x, w, stride):
    out = np.zeros((len(x) - 1) * stride + len(w))
    for i, xi in enumerate(x):
        out[i * stride:i * stride + len(w)] += xi * np.asarray(w, float)
    return out


def tconv2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    out = np.zeros(((X.shape[0] - 1) * stride + kh, (X.shape[1] - 1) * stride + kw))
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            out[i * stride:i * stride + kh, j * stride:j * stride + kw] += X[i, j] * K
    return out


def pool2d(P, k, s, op):
    P = np.asarray(P, float)
    oh = (P.shape[0] - k) // s + 1
    ow = (P.shape[1] - k) // s + 1
    return np.array([[op(P[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


# ---------------- Question 1: output shapes (input 3 x 64 x 64) ----------------
H = W = 64
# (a) Conv2d(3,16,5,padding='same'), stride 1 -> spatial size unchanged
pad_same = (5 - 1) // 2
a_shape = [16, conv_out(H, 5, 1, pad_same), conv_out(W, 5, 1, pad_same)]
add("1a", "conv output shape ('same' padding)", "shape", a_shape, layout="CHW")
# (b) same layer, stride 2, padding 2
b_shape = [16, conv_out(H, 5, 2, 2), conv_out(W, 5, 2, 2)]
add("1b", "conv output shape (stride)", "shape", b_shape, layout="CHW")
# (c) 32 filters 7x7, stride 3, no padding
add("1c", "conv output shape (stride, no padding)", "shape",
    [32, conv_out(H, 7, 3), conv_out(W, 7, 3)], layout="CHW")
# (d) Conv2d(3,8,3,dilation=2)
add("1d", "conv output shape (dilation)", "shape",
    [8, conv_out(H, 3, 1, 0, 2), conv_out(W, 3, 1, 0, 2)], layout="CHW")
# (e) ConvTranspose2d(16,4,4,stride=2,padding=1) on output of (b)
add("1e", "transposed conv output shape", "shape",
    [4, tconv_out(b_shape[1], 4, 2, 1), tconv_out(b_shape[2], 4, 2, 1)], layout="CHW")
add("1f", why="explain in words")

# ---------------- Question 2: convolution by hand ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("2a", "1D cross-correlation (valid)", "vector", xcorr1d(x, w))
add("2b", "1D convolution with flipped kernel (valid)", "vector", xcorr1d(x, w[::-1]))
add("2c", "1D cross-correlation (padding 1, stride 2)", "vector", xcorr1d(x, w, stride=2, pad=1))
X = np.array([[1, 2, 0, -1], [0, 1, 3, 2], [2, -1, 1, 0], [1, 0, 2, 1]], float)
K = np.array([[1, -1], [0, 2]], float)
add("2d.i", "2D cross-correlation (valid)", "matrix", xcorr2d(X, K, 1))
add("2d.ii", "2D cross-correlation (stride 2)", "matrix", xcorr2d(X, K, 2))

# ---------------- Question 3: transposed conv, recovering a filter ----------------
add("3a", "1D transposed convolution (stride 2)", "vector", tconv1d([1, 2, -1], [1, 3], 2))
add("3b", "2D transposed convolution (stride 1)", "matrix",
    tconv2d([[1, 2], [3, 4]], [[1, 0], [-1, 1]], 1))
xr = np.array([1, 2, 0, -1, 3], float)
yr = np.array([0, 3, 4], float)
A = np.array([xr[i:i + 3] for i in range(3)])  # y_i = sum_k w_k x_{i+k}
w_rec = np.linalg.solve(A, yr)
assert np.allclose(xcorr1d(xr, w_rec), yr)
add("3c", "recover filter from input and output", "vector", w_rec, tol=0.001)
add("3d", why="explain in words (checkerboard artifacts)")

# ---------------- Question 4: pooling ----------------
P = np.array([[1, 3, 2, 0], [4, 6, 5, 1], [7, 2, 8, 3], [0, 9, 4, 2]], float)
add("4a", "max pooling 2x2 stride 2", "matrix", pool2d(P, 2, 2, np.max))
add("4b", "average pooling 2x2 stride 2", "matrix", pool2d(P, 2, 2, np.mean), tol=0.001)
add("4c", "global average pooling", "real", P.mean(), tol=0.001)

# ---------------- Question 5: receptive field and cost ----------------
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2)]  # (kernel, stride)
r, jump = 1, 1
for k, s in layers:
    r += (k - 1) * jump
    jump *= s
add("5a", "receptive field", "integer", r)
cin, cout, k, h, wd = 64, 128, 3, 56, 56
oh, ow = conv_out(h, k, 1, 1), conv_out(wd, k, 1, 1)
macs = cout * oh * ow * cin * k * k
add("5b", "conv MACs", "integer", macs)
macs_dw = oh * ow * cin * k * k + oh * ow * cin * cout
factor = macs / macs_dw
options = {"A": 1.1, "B": 8.4, "C": 57, "D": 128}
choice = min(options, key=lambda o: abs(options[o] - factor))
add("5c", "depthwise separable MAC reduction", "choice", choice)

out = {"set": "cs4782-hw2-convnets", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write("# Written by answers.py -- do not edit by hand.\n")
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(f"{len(parts)} parts, {sum(p['computable'] for p in parts)} computable")
