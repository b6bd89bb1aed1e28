#!/usr/bin/env python3
"""Recompute every answer of hw3-cnn-exam/problems.tex and write expected.yaml."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def py(v):
    """numpy -> plain python (lists of rows for matrices)."""
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = round(float(v), 6) + 0.0
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


class Dumper(yaml.SafeDumper):
    pass


def _list_repr(dumper, data):
    flow = all(not isinstance(x, (list, dict)) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


Dumper.add_representer(list, _list_repr)

parts = []


def comp(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr2d(X, K, stride=1, pad=0):
    X = np.pad(X, pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


def pool2d(X, k, s, fn):
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


# ---------------- Question 1: output shapes ----------------
H = 128
a_hw = conv_out(H, 5, s=2, p=2)
comp("1a", "conv output shape", "shape", [32, a_hw, a_hw], layout="CHW")
b_hw = conv_out(a_hw, 3, s=2)
comp("1b", "pooling output shape", "shape", [32, b_hw, b_hw], layout="CHW")
c_hw = conv_out(H, 7, d=3)
comp("1c", "dilated conv output shape", "shape", [16, c_hw, c_hw], layout="CHW")
d_hw = tconv_out(a_hw, 4, s=2, p=1)
comp("1d", "transposed conv output shape", "shape", [8, d_hw, d_hw], layout="CHW")
e_hw = math.ceil(H / 3)  # TF 'same': ceil(n / stride)
comp("1e", "same-padding conv output shape", "shape", [e_hw, e_hw, 12], layout="HWC")
opts = {
    "A": conv_out(H, 3, p=1),
    "B": conv_out(H, 5, p=1),
    "C": conv_out(H, 3, p=2, d=2),
    "D": conv_out(H, 2, s=2),  # MaxPool2d(2): kernel 2, stride defaults to kernel
    "E": conv_out(H, 1),
}
comp("1f", "output shape multiple choice", "choices", [k for k, v in opts.items() if v == H])

# ---------------- Question 2: convolution by hand ----------------
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]], float)
K = np.array([[1, 0, -1], [2, 1, 0], [0, -1, 1]], float)
comp("2a", "2d cross-correlation by hand", "matrix", corr2d(X, K))
comp("2b", "2d cross-correlation with padding and stride", "matrix", corr2d(X, K, stride=2, pad=1))
comp("2c", "2d true convolution (flipped kernel)", "matrix", corr2d(X, K[::-1, ::-1]))
comp("2d.i", "max pooling", "matrix", pool2d(X, 2, 2, np.max))
comp("2d.ii", "average pooling", "matrix", pool2d(X, 2, 2, np.mean), tol=0.001)
x = np.array([1, -2, 3], float)
w = np.array([2, 1, -1], float)
s = 2
y = np.zeros((len(x) - 1) * s + len(w))
for i, xi in enumerate(x):
    y[i * s:i * s + len(w)] += xi * w
comp("2e", "1d transposed convolution", "vector", y)

# ---------------- Question 3: parameters and compute ----------------
cin, cout, k, hw = 64, 128, 3, 56
p_full = cin * cout * k * k + cout
comp("3a", "conv parameter count", "integer", p_full)
p_dw = cin * k * k + cin
p_pw = cin * cout + cout
comp("3b", "depthwise separable parameter count", "integer", p_dw + p_pw)
g = 4
comp("3c", "grouped conv parameter count", "integer", (cin // g) * cout * k * k + cout)
out_hw = conv_out(hw, 3, p=1)
macs_full = cout * out_hw * out_hw * cin * k * k
comp("3d", "conv MACs", "integer", macs_full)
macs_sep = cin * out_hw * out_hw * k * k + cout * out_hw * out_hw * cin
comp("3e", "MACs ratio standard vs depthwise separable", "real", macs_full / macs_sep, tol=0.01)
comp("3f", "batch norm parameter count", "integer", 2 * 128)
nc("3g", "explain in words")

# ---------------- Question 4: receptive fields ----------------
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 2, 1), (3, 1, 2)]  # (kernel, stride, dilation)
r, j = 1, 1
rf = []
jumps = []
for kk, ss, dd in layers:
    keff = dd * (kk - 1) + 1
    r = r + (keff - 1) * j
    j = j * ss
    rf.append(r)
    jumps.append(j)
comp("4a", "receptive field", "integer", rf[2])
comp("4b", "receptive field", "integer", rf[5])
comp("4c", "receptive field jump (effective stride)", "integer", jumps[5])
nc("4d", "explain in words")

# ---------------- Question 5: true / false ----------------
conv1x1 = 64 * 64 * 1 * 1 + 64
linear = 64 * 64 + 64
comp("5a", "parameter count true/false", "boolean", conv1x1 == linear)
maxpool_params = 0
comp("5b", "pooling parameters true/false", "boolean", maxpool_params == 4)

doc = {"set": "hw3-cnn-exam", "source": "problems.tex", "parts": parts}
text = yaml.dump(doc, Dumper=Dumper, sort_keys=False, width=100)
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write(text)
print(text)
