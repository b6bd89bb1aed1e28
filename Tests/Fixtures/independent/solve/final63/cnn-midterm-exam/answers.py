"""Recompute every answer of cnn-midterm-exam and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def xcorr2d(X, K, stride=1, pad=0):
    X = np.pad(X, pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return out


def xcorr1d(x, w, dilation=1):
    span = dilation * (len(w) - 1) + 1
    return np.array([sum(x[i + dilation * t] * w[t] for t in range(len(w)))
                     for i in range(len(x) - span + 1)], dtype=float)


def tconv1d(z, k, stride):
    out = np.zeros((len(z) - 1) * stride + len(k))
    for i, zi in enumerate(z):
        out[i * stride:i * stride + len(k)] += zi * np.asarray(k, dtype=float)
    return out


parts = []


def add(id_, family, kind, answer, **kw):
    e = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def r(v, nd=4):
    return np.round(np.asarray(v, dtype=float), nd).tolist()


# Question 1
X = np.array([[2, 0, 1, 3], [1, 4, 2, 0], [0, 1, 3, 1], [2, 2, 0, 1]], dtype=float)
K = np.array([[1, 0], [-1, 2]], dtype=float)
A = xcorr2d(X, K)
add("1a", "2D cross-correlation", "matrix", A.tolist())
add("1b", "2D cross-correlation stride 2", "matrix", xcorr2d(X, K, stride=2).tolist())
add("1c", "2D cross-correlation padding and stride", "matrix", xcorr2d(X, K, stride=2, pad=1).tolist())
add("1d", "2D true convolution (flipped kernel)", "matrix", xcorr2d(X, K[::-1, ::-1]).tolist())
add("1e", "bias and ReLU after convolution", "matrix", np.maximum(A - 3, 0).tolist())

# Question 2
x = np.array([1, 2, -1, 0, 3], dtype=float)
w = np.array([1, -1, 2], dtype=float)
add("2a", "1D cross-correlation", "vector", xcorr1d(x, w).tolist())
add("2b", "1D dilated cross-correlation", "vector", xcorr1d(x, w, dilation=2).tolist())
add("2c", "1D transposed convolution", "vector", tconv1d([1, 2, -1], [1, 0, 2], 2).tolist())
Ain = np.array([[1, 0, 2], [0, 1, 1], [2, 1, 0]], dtype=float)
Y = np.array([[1, 0], [3, 2]], dtype=float)
M = np.array([Ain[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
assert abs(np.linalg.det(M)) > 1e-9
Ksol = np.linalg.solve(M, Y.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(Ain, Ksol), Y)
add("2d", "recover filter from input and output", "matrix", r(Ksol))
nc("2e", "explain in words")

# Question 3
xb = np.array([2, 4, 6, 8], dtype=float)
g, b = 2.0, 1.0
mu, var = xb.mean(), xb.var()  # biased
add("3a.i", "batch norm mean", "real", float(mu), tolerance=0.001)
add("3a.ii", "batch norm biased variance", "real", float(var), tolerance=0.001)
add("3b", "batch norm forward", "vector", r(g * (xb - mu) / np.sqrt(var) + b), tolerance=0.001)
eps = 1e-5
x1 = np.array([3.0])
y1 = g * (x1 - x1.mean()) / np.sqrt(x1.var() + eps) + b
add("3c", "batch norm with a single example", "real", float(y1[0]), tolerance=0.001)
# derivative by central finite differences of the single-example batch norm
def bn1(v):
    v = np.array([v])
    return (g * (v - v.mean()) / np.sqrt(v.var() + eps) + b)[0]
h = 1e-3
d = (bn1(3 + h) - bn1(3 - h)) / (2 * h)
add("3d", "batch norm gradient single example", "real", float(d), tolerance=0.001)
hv = np.array([4, 0, 2, 8], dtype=float)
mask = np.array([1, 0, 1, 1], dtype=float)
p = 0.25
add("3e", "inverted dropout", "vector", r(hv * mask / (1 - p)), tolerance=0.001)
add("3f", "classic dropout test time", "vector", r(hv * (1 - p)), tolerance=0.001)
pp = 0.3  # any p: E[out] = (1-p) * 4/(1-p)
opts = {"A": 4 * (1 - pp), "B": 4.0, "C": 4 / (1 - pp), "D": 4 * pp}
expect = (1 - pp) * 4 / (1 - pp)
add("3g", "dropout expectation", "choice", [k for k, v in opts.items() if abs(v - expect) < 1e-12][0])

# Question 4
add("4a", "batch norm parameter count", "integer", 2 * 64)
add("4b", "layer norm parameter count", "integer", 2 * 512)
add("4c", "embedding parameter count", "integer", 10000 * 300)
s = 28
s = (s + 2 - 3) + 1; s = (s - 2) // 2 + 1
s = (s + 2 - 3) + 1; s = (s - 2) // 2 + 1
add("4d.i", "CNN feature map shape", "shape", [32, s, s], layout="CHW")
total = (16 * 1 * 9 + 16) + (32 * 16 * 9 + 32) + (32 * s * s * 10 + 10)
add("4d.ii", "CNN total parameter count", "integer", int(total))


def clean(v):
    if isinstance(v, list):
        return [clean(x) for x in v]
    if isinstance(v, float):
        v = 0.0 if v == 0 else v
        return int(v) if v.is_integer() else v
    return v


for e in parts:
    if "answer" in e:
        e["answer"] = clean(e["answer"])

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "cnn-midterm-exam", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
