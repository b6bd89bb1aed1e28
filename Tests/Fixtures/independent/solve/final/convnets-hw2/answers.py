"""Recompute every numeric answer of convnets-hw2 and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(ow)] for i in range(oh)])


def pool2d(A, k, s, fn):
    A = np.asarray(A, float)
    oh = (A.shape[0] - k) // s + 1
    ow = (A.shape[1] - k) // s + 1
    return np.array([[fn(A[i*s:i*s+k, j*s:j*s+k]) for j in range(ow)] for i in range(oh)])


def clean(v):
    a = np.asarray(v, float)
    a = np.round(a, 4) + 0.0
    out = a.tolist()
    def fix(o):
        if isinstance(o, list):
            return [fix(e) for e in o]
        return int(o) if float(o).is_integer() else o
    return fix(out)


parts = []
def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)
def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

# Problem 1: input 3x64x64
H = 64
add("1a", "conv output shape", "shape", [16, conv_out(H, 5), conv_out(H, 5)], layout="CHW")
hb = conv_out(H, 5, s=2, p=2)
add("1b", "conv output shape (stride, padding)", "shape", [16, hb, hb], layout="CHW")
hc = conv_out(H, 7, s=1, p=3, d=2)
add("1c", "conv output shape (dilation)", "shape", [8, hc, hc], layout="CHW")
add("1d", "conv output shape ('same' padding)", "shape", [32, H, H], layout="CHW")
he = conv_out(hb, 3, s=2)
add("1e", "max pool output shape", "shape", [16, he, he], layout="CHW")
hf = convT_out(hb, 4, s=2, p=1)
add("1f", "transposed conv output shape", "shape", [8, hf, hf], layout="CHW")
skip("1g", "explain in words")

# Problem 2
x = np.array([2, -1, 3, 0, 1, 4.])
w = np.array([1, 0, -1.])
add("2a", "1D cross-correlation", "vector", clean(xcorr1d(x, w)))
add("2b", "1D true convolution (flipped kernel)", "vector", clean(xcorr1d(x, w[::-1])))
add("2c", "1D cross-correlation with stride and padding", "vector", clean(xcorr1d(x, w, stride=2, pad=1)))
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 0, 1, 1], [1, 3, 0, 2.]])
K = np.array([[1, -1], [0, 2.]])
add("2d", "2D cross-correlation", "matrix", clean(xcorr2d(X, K)))
tl = xcorr2d(X, K[::-1, ::-1])[0, 0]
opts = {"A": 1, "B": 3, "C": -1, "D": 5}
add("2e", "2D true convolution entry (multiple choice)", "choice",
    [k for k, v in opts.items() if np.isclose(v, tl)][0])

# Problem 3
z = np.array([1, 2, -1.])
wt = np.array([1, 3, -2.])
s = 2
yT = np.zeros((len(z) - 1) * s + len(wt))
for i, zi in enumerate(z):
    yT[i*s:i*s+len(wt)] += zi * wt
add("3a", "1D transposed convolution", "vector", clean(yT))
x3 = np.array([1, 2, 0, -1, 3.])
y3 = np.array([3, 3, -4.])
M = np.array([x3[i:i+3] for i in range(3)])
add("3b", "recover 1D filter", "vector", clean(np.linalg.solve(M, y3)))
X3 = np.array([[1, 0, 2], [0, 1, 1], [2, 1, 0.]])
Y3 = np.array([[1, 3], [0, 2.]])
P = np.array([X3[i:i+2, j:j+2].ravel() for i in range(2) for j in range(2)])
add("3c", "recover 2D filter", "matrix", clean(np.linalg.solve(P, Y3.ravel()).reshape(2, 2)))
skip("3d", "explain in words")

# Problem 4
A = np.array([[1, 5, 2, 0], [3, -2, 4, 6], [0, 1, -3, 2], [7, 2, 1, 1.]])
add("4a", "max pooling", "matrix", clean(pool2d(A, 2, 2, np.max)))
add("4b", "average pooling", "matrix", clean(pool2d(A, 2, 2, np.mean)), tolerance=0.001)
add("4c", "global average pooling", "real", clean(A.mean()), tolerance=0.001)


def rf(layers):
    r, j = 1, 1
    for k, st, d in layers:
        r += d * (k - 1) * j
        j *= st
    return r

layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 2, 1)]
add("4d", "receptive field", "integer", rf(layers))
add("4e", "receptive field (dilation)", "integer", rf(layers[:4] + [(3, 1, 2)]))
skip("4f", "discuss")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "convnets-hw2", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
