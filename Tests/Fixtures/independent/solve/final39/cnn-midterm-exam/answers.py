"""Recompute every answer of cnn-midterm-exam and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def out_size(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_size(n, k, s=1, p=0, op=0):
    return (n - 1) * s - 2 * p + k + op


def corr1d(x, w, s=1, p=0):
    x = np.pad(np.asarray(x, float), p)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, s)])


def corr2d(X, K, s=1, p=0):
    X = np.pad(np.asarray(X, float), p)
    kh, kw = K.shape
    H = (X.shape[0] - kh) // s + 1
    W = (X.shape[1] - kw) // s + 1
    return np.array([[np.sum(X[i*s:i*s+kh, j*s:j*s+kw] * K) for j in range(W)] for i in range(H)])


def ints(a):
    return [[int(round(v)) for v in row] for row in np.atleast_2d(a)] if np.ndim(a) == 2 else [int(round(v)) for v in a]


# ---- Question 1: output shapes; 16 images, 3 x 64 x 64
N, C, H = 16, 3, 64
h_a = out_size(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [32, h_a, h_a], layout="CHW")
h_b = out_size(H, 5, 3, 2)
add("1b", "conv output shape with stride", "shape", [32, h_b, h_b], layout="CHW")
h_c = out_size(H, 7, 1, 0, d=2)
add("1c", "dilated conv output shape", "shape", [16, h_c, h_c], layout="CHW")
h_d = out_size(h_a, 3, 2)
add("1d", "max pool output shape", "shape", [32, h_d, h_d], layout="CHW")
h_e = tconv_size(h_a, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [N, 8, h_e, h_e], layout="NCHW")
opts = {"A": 2, "B": 3, "C": 6, "D": 7}
same = [k for k, p in opts.items() if out_size(H, 7, 1, p) == H]
assert len(same) == 1
add("1f", "same padding", "choice", same[0])
skip("1g", "explain in words")

# ---- Question 2: convolution by hand
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("2a", "1D cross-correlation", "vector", ints(corr1d(x, w)))
add("2b", "1D cross-correlation with padding and stride", "vector", ints(corr1d(x, w, s=2, p=1)))
add("2c", "1D true convolution", "vector", ints(np.convolve(x, w, mode="valid")))
X = np.array([[1, 0, 2, -1], [3, 1, 0, 2], [-2, 1, 1, 0], [0, 2, -1, 1]], float)
K = np.array([[1, -1], [0, 2]], float)
add("2d.i", "2D cross-correlation", "matrix", ints(corr2d(X, K)))
add("2d.ii", "2D cross-correlation stride 2", "matrix", ints(corr2d(X, K, s=2)))
add("2d.iii", "2D cross-correlation padding 1 stride 3", "matrix", ints(corr2d(X, K, s=3, p=1)))
u = np.array([1, 2], float)
kt = np.array([1, -1, 2], float)
st = 2
yt = np.zeros(tconv_size(len(u), len(kt), st))
for i, ui in enumerate(u):
    yt[i * st:i * st + len(kt)] += ui * kt
add("2e", "1D transposed convolution", "vector", ints(yt))
xin = np.array([1, 2, 3, 4], float)
yout = np.array([5, 8, 11], float)
Amat = np.array([xin[i:i + 2] for i in range(3)])
kern, *_ = np.linalg.lstsq(Amat, yout, rcond=None)
assert np.allclose(Amat @ kern, yout)
add("2f", "recover filter", "vector", ints(kern))

# ---- Question 3: pooling
Am = np.array([[1, 5, 2, 0], [3, -1, 4, 6], [7, 2, -3, 1], [0, 8, 5, 2]], float)
blocks = Am.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
add("3a", "max pooling", "matrix", ints(blocks.max(-1)))
add("3b", "average pooling", "matrix", blocks.mean(-1).tolist(), tol=0.001)
add("3c", "global average pooling", "real", float(Am.mean()), tol=0.001)

# ---- Question 4: receptive field, MACs
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2)]  # (kernel, stride)
r, j = 1, 1
for k, s in layers:
    r += (k - 1) * j
    j *= s
add("4a", "receptive field", "integer", r)
Cin, Cout, k, Hin = 3, 16, 3, 32
Hout = out_size(Hin, k, 1, 1)
add("4b", "conv MACs", "integer", Cout * Hout * Hout * Cin * k * k)
skip("4c", "explain in words")
# 1x1, stride 1, no padding: output size equals input size for any input size
add("4d", "1x1 conv true/false", "boolean", all(out_size(n, 1) == n for n in range(1, 100)))

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "cnn-midterm-exam", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
print(len(parts), "parts,", sum(p["computable"] for p in parts), "computable")
