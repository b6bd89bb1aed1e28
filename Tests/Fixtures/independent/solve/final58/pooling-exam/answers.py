"""Compute the answers of pooling-exam/problems.tex and write expected.yaml."""
import math
import os
import numpy as np
import yaml

parts = []


class Dumper(yaml.SafeDumper):
    pass


def _seq(dumper, v):
    flow = not any(isinstance(x, dict) for x in v)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=flow)


Dumper.add_representer(list, _seq)


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



def r4(a):
    return [round(float(v), 4) + 0.0 for v in np.ravel(a)]


def r4m(a):
    return [[round(float(v), 4) + 0.0 for v in row] for row in np.asarray(a)]


# Question 1: global pooling over a 3 x 2 x 3 map
fmap = np.array([
    [[1, 2, 3], [4, 5, 6]],
    [[0, -1, 2], [3, 0, -4]],
    [[2, 2, 2], [2, 2, 8]],
], dtype=float)
gap = fmap.mean(axis=(1, 2))
add("1a", "global average pooling", "vector", r4(gap), tolerance=0.001)
add("1b", "global max pooling", "vector", r4(fmap.max(axis=(1, 2))), tolerance=0.001)
W = np.array([[1, 0, -1], [0, 2, 1]], dtype=float)
b = np.array([0.5, -1.0])
logits = W @ gap + b
add("1c", "linear layer forward", "vector", r4(logits), tolerance=0.001)
p = np.exp(logits - logits.max())
p /= p.sum()
add("1d", "softmax", "vector", r4(p), tolerance=0.001)
C, H, Wd = fmap.shape
shape = (C, (H - 2) // 2 + 1, (Wd - 2) // 2 + 1)
opts = {"A": (3, 1, 1), "B": (3, 1, 2), "C": (3, 2, 2), "D": (1, 1, 3)}
add("1e", "pooling output shape", "choice", [k for k, v in opts.items() if v == shape][0])

# Question 2: convolution by hand
x = np.array([1, 3, -2, 0, 4, 1], dtype=float)
w = np.array([1, 0, -1], dtype=float)


def xcorr1d(x, w, stride=1):
    n = (len(x) - len(w)) // stride + 1
    return np.array([x[i * stride:i * stride + len(w)] @ w for i in range(n)])


add("2a", "1D cross-correlation", "vector", r4(xcorr1d(x, w)))
add("2b", "1D cross-correlation with stride", "vector", r4(xcorr1d(x, w, 2)))
xp = np.pad(x, 1)
add("2c", "1D true convolution with padding", "vector", r4(xcorr1d(xp, w[::-1])))
X = np.array([[1, 0, 2, 1], [0, 1, 1, 0], [2, 1, 0, 1], [1, 0, 1, 2]], dtype=float)
K = np.array([[1, -1], [0, 2]], dtype=float)
Y = np.array([[np.sum(X[i:i + 2, j:j + 2] * K) for j in range(3)] for i in range(3)])
add("2d", "2D cross-correlation", "matrix", r4m(Y))
Kt = np.array([[1, 0], [-1, 1]], dtype=float)
Xt = np.array([[1, 2], [3, 4]], dtype=float)
s = 2
out = np.zeros(((2 - 1) * s + 2, (2 - 1) * s + 2))
for i in range(2):
    for j in range(2):
        out[i * s:i * s + 2, j * s:j * s + 2] += Xt[i, j] * Kt
add("2e", "transposed convolution", "matrix", r4m(out))
sig = np.array([1, 2, 0, -1, 3], dtype=float)
y = np.array([0, 4, 1, -5], dtype=float)
A = np.stack([sig[:-1], sig[1:]], axis=1)
ab, *_ = np.linalg.lstsq(A, y, rcond=None)
assert np.allclose(A @ ab, y)
add("2f", "recover filter", "vector", r4(ab), tolerance=0.001)

# Question 3: batch norm and dropout
xb = np.array([2, 4, 4, 6], dtype=float)
gamma, beta = 2.0, 1.0
mu = xb.mean()
var = xb.var()  # biased
xhat = (xb - mu) / np.sqrt(var)
add("3a", "batch norm forward", "vector", r4(gamma * xhat + beta), tolerance=0.001)
dy = np.array([1, 0, 0, 0], dtype=float)
dxhat = dy * gamma
dx = (dxhat - dxhat.mean() - xhat * np.mean(dxhat * xhat)) / np.sqrt(var)
# finite-difference check
def bn(v):
    return gamma * (v - v.mean()) / np.sqrt(v.var()) + beta
num = np.array([(bn(xb + 1e-6 * e)[0] - bn(xb - 1e-6 * e)[0]) / 2e-6 for e in np.eye(4)])
assert np.allclose(num, dx, atol=1e-5)
add("3b", "batch norm gradient", "vector", r4(dx), tolerance=0.001)
x1 = np.array([7.0])
y1 = gamma * (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-5) + beta
add("3c", "batch norm single example", "real", round(float(y1[0]), 4), tolerance=0.001)
a = np.array([1.0, 2.0, 0.5, 3.0])
m = np.array([1, 0, 1, 1])
add("3d", "inverted dropout", "vector", r4(a * m / 0.8), tolerance=0.001)
add("3e", "classic dropout test time", "real", round(3.0 * (1 - 0.2), 4), tolerance=0.001)
skip("3f", "explain in words")

# Question 4: text classifier
emb = 5000 * 64
conv1 = 64 * 5 * 128 + 128
lin = 128 * 4 + 4
add("4a", "whole-model parameter count", "integer", emb + conv1 + lin)
rf = 1 + (5 - 1) * 1 + (5 - 1) * 2
add("4b", "receptive field", "integer", rf)
add("4c", "conv1d parameter count", "integer", 128 * 128 * 5 + 128)
L = 50 - (5 - 1)
L = L - 2 * (5 - 1)
opts = {"A": 42, "B": 38, "C": 40, "D": 46}
add("4d", "conv1d output length", "choice", [k for k, v in opts.items() if v == L][0])

out = {"set": "pooling-exam", "source": "problems.tex", "parts": parts}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False)
