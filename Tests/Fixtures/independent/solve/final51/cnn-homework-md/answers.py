"""Recompute every computable answer of cnn-homework-md/problems.md and write expected.yaml."""
import json
import math
import os
import numpy as np
import yaml

SET = "cnn-homework-md"
SOURCE = "problems.md"
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


# ---- Problem 1: input 3 x 64 x 64
H = 64
a = (16, conv_out(H, 5), conv_out(H, 5))
add("1a", "conv output shape", "shape", a, layout="CHW")
b = (16, conv_out(H, 5, s=2, p=2), conv_out(H, 5, s=2, p=2))
add("1b", "conv output shape (stride, padding)", "shape", b, layout="CHW")
c = (8, conv_out(H, 3, p=1, d=2), conv_out(H, 3, p=1, d=2))
add("1c", "conv output shape (dilation)", "shape", c, layout="CHW")
d = (a[0], conv_out(a[1], 3, s=2), conv_out(a[2], 3, s=2))
add("1d", "pooling output shape", "shape", d, layout="CHW")
e = (8, tconv_out(b[1], 4, s=2, p=1), tconv_out(b[2], 4, s=2, p=1))
add("1e", "transposed conv output shape", "shape", e, layout="CHW")
f_hw = math.ceil(H / 3)  # TF 'same': ceil(n / stride)
add("1f", "conv output shape ('same', channels-last)", "shape", (f_hw, f_hw, 32), layout="HWC")

# ---- Problem 2
x = [1, 3, -2, 0, 4, 1]
w = [1, 0, -1]
add("2a", "1D cross-correlation by hand", "vector", xcorr1d(x, w))
add("2b", "1D cross-correlation (padding, stride)", "vector", xcorr1d(x, w, stride=2, pad=1))
add("2c", "1D true convolution by hand", "vector", np.convolve(x, w, mode="valid"))
X = [[1, 2, 0, 1], [0, 1, 3, 1], [2, 1, 0, 0], [1, 0, 1, 2]]
K = [[1, 0], [-1, 2]]
add("2d", "2D cross-correlation by hand", "matrix", xcorr2d(X, K))
add("2e", "2D cross-correlation (stride 2)", "matrix", xcorr2d(X, K, stride=2))

# ---- Problem 3
A = np.array([[1, 5, 2, 0], [3, 2, 4, 6], [0, 1, 7, 2], [8, 3, 1, 1]], float)
blocks = A.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3)
add("3a", "max pooling", "matrix", blocks.max(axis=(2, 3)))
add("3b", "average pooling", "matrix", blocks.mean(axis=(2, 3)), tol=1e-4)
T = np.array([[[1, 2, 3], [4, 5, 6], [7, 8, 9]],
              [[0, 0, 9], [1, -1, 0], [2, 2, 5]]], float)
add("3c", "global average pooling", "vector", T.mean(axis=(1, 2)), tol=1e-3)


def tconv1d(x, k, s):
    out = np.zeros((len(x) - 1) * s + len(k))
    for i, v in enumerate(x):
        out[i * s:i * s + len(k)] += v * np.asarray(k, float)
    return out


add("3d", "1D transposed convolution", "vector", tconv1d([2, -1, 3], [1, 2, 1], 2))
xin = np.array([[1, 2], [3, -1]], float)
kt = np.array([[1, 1], [0, 2]], float)
out = np.zeros((3, 3))
for i in range(2):
    for j in range(2):
        out[i:i + 2, j:j + 2] += xin[i, j] * kt
add("3e", "2D transposed convolution", "matrix", out)

# ---- Problem 4
x4 = np.array([1, 2, 0, -1, 3], float)
y4 = np.array([0, 3, 4], float)
M = np.array([x4[i:i + 3] for i in range(3)])
add("4a", "recover filter from input/output", "vector", np.linalg.solve(M, y4), tol=1e-6)
nc("4b", "explain in words / describe a solution set (underdetermined system)")

# ---- Problem 5: receptive fields
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2), (3, 1)]
rf, jump, rfs = 1, 1, []
for k, s in layers:
    rf += (k - 1) * jump
    jump *= s
    rfs.append(rf)
add("5a", "receptive field", "integer", rfs[3])
add("5b", "receptive field", "integer", rfs[5])
macs = 128 * conv_out(56, 3, p=1) ** 2 * 64 * 3 * 3
add("5c", "conv MACs", "integer", macs)
add("5d", "conv FLOPs", "integer", 2 * macs)
HW = 56 * 56
opts = {"A": 32 * 32 * 9 * HW, "B": (32 * 9 + 32 * 32) * HW, "C": 32 * 128 * HW, "D": 32 * 8 * 25 * HW}
add("5e", "MACs comparison (multiple choice)", "choice", min(opts, key=opts.get))
nc("5f", "discuss / give reasons")

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
