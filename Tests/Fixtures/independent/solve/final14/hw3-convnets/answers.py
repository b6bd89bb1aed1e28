"""Recompute every answer of hw3-convnets/problems.tex and write expected.yaml."""
import math
import os

import numpy as np
import yaml

SET = "hw3-convnets"
parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    e["answer"] = answer
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1):
    X = np.asarray(X, float)
    K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
                      for j in range(ow)] for i in range(oh)])


def ints(a):
    return [[int(round(v)) for v in row] for row in np.atleast_2d(a)] if np.ndim(a) == 2 \
        else [int(round(v)) for v in a]


# ---------------- Problem 1 ----------------
C, H, W = 3, 128, 128
h1 = conv_out(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [32, h1, h1], layout="CHW")
h2 = conv_out(h1, 2, 2)
add("1b", "pooling output shape", "shape", [32, h2, h2], layout="CHW")
h3 = conv_out(H, 5, 2, 0)
add("1c", "conv output shape (stride)", "shape", [32, h3, h3], layout="CHW")
h4 = conv_out(H, 7, 1, 0, 3)
add("1d", "conv output shape (dilation)", "shape", [16, h4, h4], layout="CHW")
h5 = (h2 - 1) * 2 - 2 * 1 + 4
add("1e", "transposed conv output shape", "shape", [8, h5, h5], layout="CHW")
h6 = math.ceil(H / 3)  # Keras 'same': ceil(n / stride)
add("1f", "conv output shape ('same', Keras)", "shape", [h6, h6, 64], layout="HWC")
skip("1g", "explain in words")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4])
w = np.array([1, 0, -1])
add("2a", "1D cross-correlation", "vector", ints(xcorr1d(x, w)))
add("2b", "1D convolution (flipped kernel)", "vector", ints(xcorr1d(x, w[::-1])))
add("2c", "1D cross-correlation with stride and padding", "vector",
    ints(xcorr1d(x, w, stride=2, pad=1)))
X = np.array([[1, 2, 0, 1], [3, 1, 2, 2], [0, 1, 3, 1], [2, 0, 1, 4]])
K = np.array([[1, 0], [-1, 2]])
add("2d", "2D cross-correlation", "matrix", ints(xcorr2d(X, K)))
add("2e", "2D cross-correlation with stride", "matrix", ints(xcorr2d(X, K, stride=2)))

# ---------------- Problem 3 ----------------
u = np.array([1, 2, -1])
k = np.array([1, 2, 1])
s = 2
out = np.zeros((len(u) - 1) * s + len(k))
for i, ui in enumerate(u):
    out[i * s:i * s + len(k)] += ui * k
add("3a", "1D transposed convolution", "vector", ints(out))

U = np.array([[1, 2], [3, -1]])
Kt = np.array([[1, 1], [0, 2]])
out2 = np.zeros((3, 3))
for i in range(2):
    for j in range(2):
        out2[i:i + 2, j:j + 2] += U[i, j] * Kt
add("3b", "2D transposed convolution", "matrix", ints(out2))

xin = np.array([1, 2, 0, -1, 3])
yout = np.array([0, 3, 4])
A = np.array([xin[i:i + 3] for i in range(3)], float)
add("3c", "recover 1D filter", "vector", ints(np.linalg.solve(A, yout)))

X3 = np.array([[1, 0, 2], [3, 1, 0], [0, 2, 1]])
Y3 = np.array([[7, 0], [2, 5]])
A2 = np.array([X3[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)], float)
k2 = np.linalg.solve(A2, Y3.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(X3, k2), Y3)
add("3d", "recover 2D filter", "matrix", ints(k2))
skip("3e", "justify in words (uniqueness argument)")

# ---------------- Problem 4 ----------------
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (5, 2)]  # (kernel, stride)
rf, jump, rfs = 1, 1, []
for kk, ss in layers:
    rf += (kk - 1) * jump
    jump *= ss
    rfs.append(rf)
add("4a", "receptive field", "integer", rfs[2])
add("4b", "receptive field", "integer", rfs[4])

P = np.array([[1, 3, 2, 0], [4, 6, 1, 2], [0, 2, 5, 7], [1, 1, 3, 8]], float)
mp = np.array([[P[i:i + 2, j:j + 2].max() for j in range(0, 4, 2)] for i in range(0, 4, 2)])
add("4c", "max pooling", "matrix", ints(mp))
ap = np.array([[P[i:i + 3, j:j + 3].mean() for j in range(2)] for i in range(2)])
add("4d", "average pooling", "matrix", [[round(float(v), 4) for v in r] for r in ap], tol=0.001)
cin, cout, kk, hh = 16, 32, 3, conv_out(56, 3, 1, 1)
add("4e", "conv MACs", "integer", int(cout * hh * hh * cin * kk * kk))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": SET, "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump({"parts": parts}, sort_keys=False, default_flow_style=None, width=100))
