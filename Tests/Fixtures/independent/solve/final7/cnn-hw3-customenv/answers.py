"""Recompute every answer of cnn-hw3-customenv/problems.tex and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class Flow(list):
    pass


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def py(v):
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return Flow(py(x) for x in v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        if abs(f - round(f)) < 1e-9:
            return int(round(f))
        return round(f, 4)
    return v


def add(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nonc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0):
    return (n - 1) * s - 2 * p + k + op


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    w = np.asarray(w, float)
    n = (len(x) - len(w)) // stride + 1
    return np.array([x[i * stride:i * stride + len(w)] @ w for i in range(n)])


def corr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
                      for j in range(ow)] for i in range(oh)])


def tconv1d(u, k, stride):
    u = np.asarray(u, float); k = np.asarray(k, float)
    out = np.zeros((len(u) - 1) * stride + len(k))
    for i, ui in enumerate(u):
        out[i * stride:i * stride + len(k)] += ui * k
    return out


def tconv2d(U, G, stride=1):
    U = np.asarray(U, float); G = np.asarray(G, float)
    kh, kw = G.shape
    out = np.zeros(((U.shape[0] - 1) * stride + kh, (U.shape[1] - 1) * stride + kw))
    for i in range(U.shape[0]):
        for j in range(U.shape[1]):
            out[i * stride:i * stride + kh, j * stride:j * stride + kw] += U[i, j] * G
    return out


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


# ---------------- Problem 1: shapes (chain) ----------------
C, H = 3, 64
# (a) Conv2d(3,16,5,padding=2)
C, H = 16, conv_out(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [C, H, H], layout="CHW")
# (b) Conv2d(16,32,3,stride=2,padding=1)
C, H = 32, conv_out(H, 3, 2, 1)
add("1b", "conv output shape", "shape", [C, H, H], layout="CHW")
# (c) MaxPool2d(3, stride=2)
H = conv_out(H, 3, 2, 0)
add("1c", "pooling output shape", "shape", [C, H, H], layout="CHW")
# (d) 8 filters 3x3 dilation 2
C, H = 8, conv_out(H, 3, 1, 0, d=2)
add("1d", "dilated conv output shape", "shape", [C, H, H], layout="CHW")
# (e) ConvTranspose2d(8,4,4,stride=2,padding=1)
C, H = 4, tconv_out(H, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [C, H, H], layout="CHW")
# (f) Keras 'same', stride 2, input 225 -> ceil(225/2)
hs = math.ceil(225 / 2)
add("1f", "conv output shape 'same' padding", "shape", [hs, hs, 64], layout="HWC")

# ---------------- Problem 2: convolution by hand ----------------
x = [2, -1, 3, 0, 1, 4]
w = [1, 0, -2]
add("2a", "1D cross-correlation", "vector", corr1d(x, w))
add("2b", "1D cross-correlation stride padding", "vector", corr1d(x, w, stride=2, pad=1))
add("2c", "1D true convolution (flipped)", "vector", corr1d(x, w[::-1]))
assert np.allclose(corr1d(x, w[::-1]), np.convolve(x, w, mode="valid"))
X = [[1, 2, 0, 1], [0, 1, 3, -1], [2, 0, 1, 1], [1, -1, 0, 2]]
K = [[1, -1], [2, 0]]
add("2d", "2D cross-correlation", "matrix", corr2d(X, K))
add("2e", "2D cross-correlation stride", "matrix", corr2d(X, K, stride=2))

# ---------------- Problem 3: transposed conv, filter recovery ----------------
add("3a", "1D transposed convolution", "vector", tconv1d([1, 2, -1], [1, -1, 2], 2))
add("3b", "2D transposed convolution", "matrix", tconv2d([[1, 2], [0, -1]], [[1, 0], [2, 1]], 1))
A = np.array([[1, 0, 2], [2, 1, 0], [0, 3, 1]], float)
B = np.array([[3, -2], [7, 3]], float)
M = np.array([A[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
Fsol = np.linalg.solve(M, B.ravel()).reshape(2, 2)
assert np.allclose(corr2d(A, Fsol), B)
add("3c", "recover filter from input and output", "matrix", Fsol)
nonc("3d", "explain checkerboard artifacts and a remedy")

# ---------------- Problem 4: pooling, receptive field, cost ----------------
Fm = [[1, 3, 2, 0], [4, 6, 5, 1], [0, 2, 7, 3], [8, 1, 2, 4]]
add("4a", "max pooling", "matrix", pool2d(Fm, 2, 2, np.max))
add("4b", "average pooling", "matrix", pool2d(Fm, 2, 2, np.mean), tol=0.001)
r, j = 1, 1
for k, s, d in [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]:
    keff = d * (k - 1) + 1
    r += (keff - 1) * j
    j *= s
add("4c", "receptive field", "integer", r)
cin, cout, k, h = 64, 128, 3, 56
ho = conv_out(h, k, 1, 1)
add("4d", "conv MACs", "integer", cout * ho * ho * cin * k * k)
full = cout * cin * k * k + cout
add("4e", "conv parameter count", "integer", full)
dws = (cin * k * k + cin) + (cin * cout + cout)
add("4f", "depthwise separable parameter count", "integer", dws)
add("4g", "grouped conv parameter count", "integer", cout * (cin // 4) * k * k)

doc = {"set": "cnn-hw3-customenv", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, default_flow_style=False)
print(open(os.path.join(HERE, "expected.yaml")).read())
