"""Expected answers for cnn-hw3-article. Run: python3 answers.py  (writes expected.yaml)."""
import math
import os
import numpy as np
import yaml

parts = []


def comp(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray) and kind not in ("real", "vector", "matrix"):
        answer = answer.tolist()
    if kind in ("real", "vector", "matrix") and tol is not None:
        answer = (np.round(np.asarray(answer, dtype=float), 6) + 0.0).tolist()
    if isinstance(answer, np.ndarray):
        answer = (answer + 0.0).tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def noncomp(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K, stride=1):
    kh, kw = K.shape
    H = (X.shape[0] - kh) // stride + 1
    W = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(W)] for i in range(H)])


def pool2d(A, k, s, fn):
    H = (A.shape[0] - k) // s + 1
    W = (A.shape[1] - k) // s + 1
    return np.array([[fn(A[i*s:i*s+k, j*s:j*s+k]) for j in range(W)] for i in range(H)])


# ---------------- Problem 1 ----------------
H = 64
h1 = conv_out(H, 5, 2, 2)
comp("1a", "conv output shape", "shape", [32, h1, h1], layout="CHW")
h2 = conv_out(h1, 3, 1, 0, 2)
comp("1b", "dilated conv output shape", "shape", [48, h2, h2], layout="CHW")
h3 = conv_out(h2, 3, 2)
comp("1c", "max pool output shape", "shape", [48, h3, h3], layout="CHW")
h4 = (h3 - 1) * 2 - 2 * 1 + 4
comp("1d", "transposed conv output shape", "shape", [16, h4, h4], layout="CHW")
hs = math.ceil(50 / 3)
comp("1e", "same-padding conv output shape", "shape", [hs, hs, 64], layout="HWC")
p1 = 3 * 32 * 5 * 5 + 32
p2 = 32 * 48 * 3 * 3 + 48
comp("1f", "conv parameter count", "integer", p1 + p2)
comp("1g", "conv MACs", "integer", 32 * h1 * h1 * 3 * 5 * 5)
noncomp("1h", "explain in words")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
comp("2a", "1D cross-correlation", "vector", corr1d(x, w))
comp("2b", "1D cross-correlation with stride and padding", "vector", corr1d(x, w, 2, 1))
comp("2c", "1D true convolution", "vector", np.convolve(x, w, mode="valid"))
X = np.array([[1, 0, 2, -1], [3, 1, 0, 2], [-2, 1, 1, 0], [0, 2, -1, 3]], float)
K = np.array([[1, -1], [2, 0]], float)
comp("2d", "2D cross-correlation", "matrix", corr2d(X, K))
comp("2e", "2D cross-correlation with stride", "matrix", corr2d(X, K, 2))
xin = np.array([1, 2, 0, -1, 3], float)
yout = np.array([1, 6, 1, -6], float)
M = np.stack([xin[:-1], xin[1:]], axis=1)
wrec, *_ = np.linalg.lstsq(M, yout, rcond=None)
assert np.allclose(M @ wrec, yout)
comp("2f", "recover filter from input and output", "vector", wrec, tol=1e-3)

# ---------------- Problem 3 ----------------
u = np.array([1, -2, 3], float)
k = np.array([2, 1, -1], float)
out = np.zeros((len(u) - 1) * 2 + len(k))
for i, ui in enumerate(u):
    out[2 * i:2 * i + len(k)] += ui * k
comp("3a", "1D transposed convolution", "vector", out)
A = np.array([[4, 1, -2, 3], [0, 6, 5, -1], [2, -3, 7, 8], [1, 0, -4, 2]], float)
comp("3b", "max pooling", "matrix", pool2d(A, 2, 2, np.max))
comp("3c", "average pooling", "matrix", pool2d(A, 2, 2, np.mean))
comp("3d", "max pooling stride 1", "matrix", pool2d(A, 3, 1, np.max))
c1 = np.array([[1, 2, 3], [0, 1, 2], [4, 0, 5]], float)
c2 = np.array([[-1, 0, 2], [3, 3, 1], [0, -2, 6]], float)
comp("3e", "global average pooling", "vector", [c1.mean(), c2.mean()], tol=1e-3)
counts = {"A": 64 * 64 * 9 + 64, "B": 200 * 180 + 180, "C": 64 * 128 + 128, "D": 2 * 4096}
comp("3f", "parameter count comparison", "choice", max(counts, key=counts.get))

# ---------------- Problem 4 ----------------
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]  # (k, s, dilation)
r, j, rf = 1, 1, []
for kk, s, d in layers:
    r += (d * (kk - 1)) * j
    j *= s
    rf.append((r, j))
comp("4a", "receptive field", "integer", rf[2][0])
comp("4b", "receptive field with dilation", "integer", rf[4][0])
comp("4c", "cumulative stride", "integer", rf[4][1])
noncomp("4d", "discuss in words")

doc = {"set": "cnn-hw3-article", "source": "problems.tex", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
