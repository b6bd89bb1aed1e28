"""Recompute every numeric answer of convnets-hw2-article and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K):
    kh, kw = K.shape
    H, W = X.shape
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K) for j in range(W - kw + 1)]
                     for i in range(H - kh + 1)])


def pool2d(X, k, s, op):
    H, W = X.shape
    return np.array([[op(X[i:i + k, j:j + k]) for j in range(0, W - k + 1, s)]
                     for i in range(0, H - k + 1, s)])


def num(v):
    v = np.asarray(v)
    if np.issubdtype(v.dtype, np.floating) and np.allclose(v, np.round(v)):
        v = np.round(v).astype(int)
    return v.tolist() if v.ndim else v.item()


parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# Problem 1: input 3x64x64
H = 64
h1a = conv_out(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [16, h1a, h1a], layout="CHW")
h1b = conv_out(H, 5, 2, 2)
add("1b", "conv output shape (stride)", "shape", [16, h1b, h1b], layout="CHW")
h1c = conv_out(H, 7, 1, 0, 2)
add("1c", "conv output shape (dilation)", "shape", [8, h1c, h1c], layout="CHW")
h1d = conv_out(h1a, 3, 2, 0)
add("1d", "max pooling output shape", "shape", [16, h1d, h1d], layout="CHW")
h1e = tconv_out(h1b, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [8, h1e, h1e], layout="CHW")
add("1f", "conv output shape ('same' padding)", "shape", [8, H, H], layout="CHW")
nc("1g", "explain in words")

# Problem 2
x = np.array([1, 3, -1, 2, 0, 4], float)
w = np.array([2, -1, 1], float)
add("2a", "1D cross-correlation", "vector", num(corr1d(x, w)))
add("2b", "1D cross-correlation (stride)", "vector", num(corr1d(x, w, stride=2)))
add("2c", "1D cross-correlation (padding)", "vector", num(corr1d(x, w, pad=1)))
add("2d", "1D true convolution (flipped kernel)", "vector", num(corr1d(x, w[::-1])))
X = np.array([[1, 0, 2, 1], [3, 1, 0, 2], [0, 2, 1, 4], [1, 1, 3, 0]], float)
K = np.array([[1, -1], [0, 2]], float)
Y = corr2d(X, K)
add("2e", "2D cross-correlation", "matrix", num(Y))
add("2f", "max pooling", "matrix", num(pool2d(X, 2, 2, np.max)))
add("2g", "average pooling", "matrix", num(pool2d(X, 2, 2, np.mean)))
gap = float(Y.mean())
add("2h", "global average pooling", "real", round(gap, 4), tolerance=0.001)

# Problem 3
xin = np.array([1, 2, -1], float)
kt = np.array([1, 0, 2], float)
s = 2
out = np.zeros(tconv_out(len(xin), len(kt), s))
for i, v in enumerate(xin):
    out[i * s:i * s + len(kt)] += v * kt
add("3a", "1D transposed convolution", "vector", num(out))
xr = np.array([1, 2, 0, -1, 3], float)
yr = np.array([4, 4, -1, 1], float)
A = np.stack([xr[:-1], xr[1:]], axis=1)  # y[i] = w0 x[i] + w1 x[i+1]
wr, *_ = np.linalg.lstsq(A, yr, rcond=None)
assert np.allclose(A @ wr, yr)
add("3b", "recover filter from input and output", "vector", num(wr))
nc("3c", "prove")

# Problem 4: receptive field recursion r += (k-1)*jump, jump *= s
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2)]
r, j, rf = 1, 1, []
for k, st in layers:
    r += (k - 1) * j
    j *= st
    rf.append(r)
add("4a", "receptive field", "integer", rf[2])
add("4b", "receptive field", "integer", rf[4])
macs = conv_out(32, 3, 1, 1) ** 2 * 32 * 3 * 3 * 3
add("4c", "MACs of a conv layer", "integer", int(macs))
nc("4d", "discuss")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "convnets-hw2-article", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
