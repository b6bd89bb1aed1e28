"""Recompute every computable answer of conv-attention-exam and write expected.yaml."""
import numpy as np
import yaml

parts = []


def L(a, nd=6):
    a = np.asarray(a, float)
    return (np.round(a, nd) + 0.0).tolist()


def add(id_, family, kind, answer, **kw):
    e = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K) for j in range(ow)] for i in range(oh)])


def pool2d(X, k, stride, fn):
    oh = (X.shape[0] - k) // stride + 1
    ow = (X.shape[1] - k) // stride + 1
    return np.array([[fn(X[i*stride:i*stride+k, j*stride:j*stride+k]) for j in range(ow)] for i in range(oh)])


def convT2d(Z, W, stride):
    kh, kw = W.shape
    out = np.zeros(((Z.shape[0]-1)*stride + kh, (Z.shape[1]-1)*stride + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i*stride:i*stride+kh, j*stride:j*stride+kw] += Z[i, j] * W
    return out


# Question 1
x = np.array([1, 3, -2, 0, 4, 1.]); w = np.array([1, 0, -1.])
add("1a", "1D convolution", "vector", L(corr1d(x, w)))
add("1b", "1D convolution stride", "vector", L(corr1d(x, w, stride=2)))
add("1c", "1D convolution padding", "vector", L(corr1d(x, w, pad=1)))
add("1d", "1D true convolution (flipped)", "vector", L(corr1d(x, w[::-1])))
u = np.array([1, 2, -1, 3.]); yu = np.array([4, 3, 1.])
A = np.stack([u[:-1], u[1:]], axis=1)
ab, res, *_ = np.linalg.lstsq(A, yu, rcond=None)
assert np.allclose(A @ ab, yu)
add("1e", "recover filter from input and output", "vector", L(ab, 4), tolerance=0.001)
nc("1f", "explain in words")

# Question 2
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]], float)
K = np.array([[1, 0, -1]] * 3, float)
add("2a", "2D convolution", "matrix", L(corr2d(X, K)))
add("2b", "2D convolution padding stride", "matrix", L(corr2d(X, K, stride=2, pad=1)))
add("2c", "max pooling", "matrix", L(pool2d(X, 2, 2, np.max)))
add("2d", "average pooling", "matrix", L(pool2d(X, 2, 2, np.mean)), tolerance=0.0001)
add("2e", "global average pooling", "real", float(X.mean()), tolerance=0.0001)
add("2f", "max pooling stride 1", "matrix", L(pool2d(X, 3, 1, np.max)))
hp = (15 - 2) // 2 + 1   # floor mode, stride defaults to kernel size
opts = {"A": [64, 8, 8], "B": [64, 7, 7], "C": [32, 7, 7], "D": [64, 14, 14]}
add("2g", "pooling output shape", "choice", [k for k, v in opts.items() if v == [64, hp, hp]][0])

# Question 3
Z = np.array([[1, 2], [3, 4]], float); Wt = np.array([[1, 1], [0, 1]], float)
add("3a", "transposed convolution", "matrix", L(convT2d(Z, Wt, 1)))
add("3b", "transposed convolution stride 2", "matrix", L(convT2d(Z, Wt, 2)))
ho = (10 - 1) * 2 - 2 * 1 + (3 - 1) + 1 + 1
add("3c", "transposed conv output shape", "shape", [8, ho, ho], layout="CHW")
add("3d", "1D transposed convolution", "vector",
    L(convT2d(np.array([[1, -1, 2.]]), np.array([[1, 2.]]), 2)[0]))

# Question 4
Q = np.array([[1, 0], [0, 1]], float)
Kk = np.array([[1, 1], [0, 1], [1, 0]], float)
V = np.array([[1, 0], [0, 2], [3, 1]], float)
S = Q @ Kk.T / np.sqrt(2)


def softmax_rows(S):
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)

Aw = softmax_rows(S)
add("4a", "attention scores", "matrix", L(S), tolerance=0.0001)
add("4b", "attention weights", "matrix", L(Aw), tolerance=0.0001)
add("4c", "attention output", "matrix", L(Aw @ V), tolerance=0.0001)
add("4d.i", "attention weights unscaled", "vector", L(softmax_rows(Q @ Kk.T)[0]), tolerance=0.0001)
nc("4d.ii", "explain in words")

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": "conv-attention-exam", "source": "problems.tex", "parts": parts},
                   fh, sort_keys=False, default_flow_style=None)
