"""Recompute every computable answer of hw3-cnn-exam and write expected.yaml.

Run from anywhere:  python3 answers.py
Conventions of the set: convolution = cross-correlation (no flip), stride 1,
no padding unless stated; shapes are C x H x W without the batch dimension.
"""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class FlowListDumper(yaml.SafeDumper):
    """Block-style mappings, flow-style lists ([16, 32, 32], [[1, 2], [3, 4]])."""


FlowListDumper.add_representer(
    list, lambda d, v: d.represent_sequence(
        "tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(e, dict) for e in v)))
FlowListDumper.add_representer(
    dict, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=False))


def comp(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family,
         "answer_kind": kind, "answer": answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nocomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr2d(x, k, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    kh, kw = k.shape
    oh = (x.shape[0] - kh) // stride + 1
    ow = (x.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(x[i * stride:i * stride + kh, j * stride:j * stride + kw] * k)
    return out


def ints(a):
    return np.asarray(np.rint(a), dtype=int).tolist()


# ---------------- Question 1: output shapes (input 3 x 64 x 64) ----------------
H = 64
h1a = conv_out(H, 5, s=2, p=2)
comp("1a", "conv output shape", "shape", [16, h1a, h1a], layout="CHW")
h1b = conv_out(H, 5, s=2, p=2, d=2)
comp("1b", "conv output shape (dilation)", "shape", [16, h1b, h1b], layout="CHW")
h1c = H  # padding='same' with stride 1 keeps the spatial size
comp("1c", "conv output shape ('same' padding)", "shape", [32, h1c, h1c], layout="CHW")
h1d = conv_out(h1c, 3, s=2)
comp("1d", "max pooling output shape", "shape", [32, h1d, h1d], layout="CHW")
h1e = convT_out(h1a, 4, s=2, p=1)
comp("1e", "transposed conv output shape", "shape", [8, h1e, h1e], layout="CHW")

# ---------------- Question 2: convolution and pooling by hand ----------------
X = np.array([[1, 2, 0, 1],
              [0, 1, 3, 1],
              [2, 1, 0, 2],
              [1, 0, 1, 3]], float)
K = np.array([[1, 0, -1],
              [2, 0, -2],
              [1, 0, -1]], float)
y2a = corr2d(X, K)
comp("2a", "2D convolution by hand", "matrix", ints(y2a))
y2b = corr2d(X, K, stride=2, pad=1)
comp("2b", "2D convolution by hand (padding, stride)", "matrix", ints(y2b))
avg = X.reshape(2, 2, 2, 2).mean(axis=(1, 3))
comp("2c", "average pooling", "matrix", avg.tolist(), tol=1e-3)
comp("2d", "global max pooling", "integer", int(y2a.max()))
y_flip = corr2d(X, K[::-1, ::-1])
comp("2e", "true vs cross-correlation (true/false)", "boolean", bool(np.allclose(y_flip, -y2a)))

# ---------------- Question 3: transposed convolution, filter recovery ----------------
x = np.array([1, 2, -1], float)
w = np.array([1, 3, 2], float)
s = 2
y3a = np.zeros((len(x) - 1) * s + len(w))
for i, xi in enumerate(x):
    y3a[i * s:i * s + len(w)] += xi * w
comp("3a", "1D transposed convolution", "vector", ints(y3a))

Xi = np.array([[1, 2], [3, 4]], float)
Kt = np.array([[1, 0], [1, 1]], float)
y3b = np.zeros((Xi.shape[0] + Kt.shape[0] - 1, Xi.shape[1] + Kt.shape[1] - 1))
for i in range(Xi.shape[0]):
    for j in range(Xi.shape[1]):
        y3b[i:i + 2, j:j + 2] += Xi[i, j] * Kt
comp("3b", "2D transposed convolution", "matrix", ints(y3b))

xr = np.array([2, 1, 0, 1, 3, -1], float)
yr = np.array([1, 3, 5, -4], float)
A = np.array([xr[i:i + 3] for i in range(len(yr))])
w_rec, res, rank, _ = np.linalg.lstsq(A, yr, rcond=None)
assert rank == 3 and np.allclose(A @ w_rec, yr)
comp("3c", "recover filter from input and output", "vector", ints(w_rec))
nocomp("3d", "explain in words (checkerboard artifacts)")

# ---------------- Question 4: parameters and compute ----------------
cin, cout, k, hw = 32, 64, 3, 56
p4a = k * k * cin * cout + cout
comp("4a", "conv parameter count", "integer", p4a)
dw = k * k * cin + cin
pw = cin * cout + cout
comp("4b", "depthwise separable parameter count", "integer", dw + pw)
g = 4
comp("4c", "grouped conv parameter count", "integer", k * k * (cin // g) * cout)
ho = conv_out(hw, 3, s=1, p=1)
mac_std = cout * ho * ho * k * k * cin
comp("4d", "conv MACs", "integer", mac_std)
mac_sep = cin * ho * ho * k * k + cout * ho * ho * cin
ratio = mac_sep / mac_std
opts = {"A": 1 / 3, "B": 1 / 8, "C": 1 / 32, "D": 1 / 64}
best = min(opts, key=lambda o: abs(opts[o] - ratio))
comp("4e", "depthwise separable MAC ratio (multiple choice)", "choice", best)

# ---------------- Question 5: receptive fields ----------------
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]  # (kernel, stride, dilation)
r, j = 1, 1
for kk, ss, dd in layers:
    r += (dd * (kk - 1) + 1 - 1) * j
    j *= ss
comp("5a", "receptive field", "integer", r)
n = 0
while 1 + 2 * n < 15:
    n += 1
comp("5b", "receptive field (number of layers)", "integer", n)
nocomp("5c", "discuss advantages/disadvantages in words")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write("# written by answers.py -- do not edit by hand\n")
    yaml.dump({"set": "hw3-cnn-exam", "source": "problems.tex", "parts": parts},
              f, Dumper=FlowListDumper, sort_keys=False, width=1000)
print(open(os.path.join(HERE, "expected.yaml")).read())
