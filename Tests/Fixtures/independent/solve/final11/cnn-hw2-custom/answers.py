"""Recompute every numeric answer of Homework 2 (convolutional networks) and write expected.yaml."""
import math
import numpy as np
import yaml

SET = "cnn-hw2-custom"
parts = []


def num(v):
    """numpy -> plain python (rounded floats), recursively."""
    if isinstance(v, np.ndarray):
        return num(v.tolist())
    if isinstance(v, (list, tuple)):
        return [num(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        if abs(f - round(f)) < 1e-12:
            return int(round(f))
        return round(f, 6)
    return v


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": num(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1):
    x, w = np.asarray(x, float), np.asarray(w, float)
    n = (len(x) - len(w)) // stride + 1
    return np.array([x[i * stride:i * stride + len(w)] @ w for i in range(n)])


def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


def pool2d(A, k, s, fn):
    A = np.asarray(A, float)
    oh = (A.shape[0] - k) // s + 1
    ow = (A.shape[1] - k) // s + 1
    return np.array([[fn(A[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


# ---------------- Problem 1: output shapes (input 3 x 64 x 64) ----------------
H = 64
a = (32, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2))
add("1a", "conv output shape", "shape", list(a), layout="CHW")
b = (32, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2))
add("1b", "conv output shape (stride)", "shape", list(b), layout="CHW")
c = (16, conv_out(H, 3, 1, 0, 2), conv_out(H, 3, 1, 0, 2))
add("1c", "conv output shape (dilation)", "shape", list(c), layout="CHW")
d = (a[0], conv_out(a[1], 3, 2), conv_out(a[2], 3, 2))
add("1d", "max pool output shape", "shape", list(d), layout="CHW")
e = (8, tconv_out(b[1], 4, 2, 1), tconv_out(b[2], 4, 2, 1))
add("1e", "transposed conv output shape", "shape", list(e), layout="CHW")
f = (math.ceil(H / 3), math.ceil(H / 3), 10)  # 'same' padding: out = ceil(n / s)
add("1f", "conv output shape ('same', channels-last)", "shape", list(f), layout="HWC")
skip("1g", "explain in words (why 'same' padding is asymmetric for even kernels)")

# ---------------- Problem 2: convolution by hand ----------------
x = np.array([2, -1, 3, 0, 1, 4])
w = np.array([1, 0, -2])
add("2a", "1D cross-correlation", "vector", xcorr1d(x, w))
add("2b", "1D cross-correlation (stride 2, padding 1)", "vector", xcorr1d(np.pad(x, 1), w, stride=2))
add("2c", "1D true convolution (flipped kernel)", "vector", xcorr1d(x, w[::-1]))
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]])
K = np.array([[1, -1], [0, 2]])
add("2d", "2D cross-correlation", "matrix", xcorr2d(X, K))
add("2e", "2D cross-correlation (stride 2)", "matrix", xcorr2d(X, K, stride=2))

# ---------------- Problem 3 ----------------
z = np.array([1, 2, -1])
k = np.array([1, 3])
s = 2
out = np.zeros((len(z) - 1) * s + len(k))
for i, zi in enumerate(z):
    out[i * s:i * s + len(k)] += zi * k
add("3a", "1D transposed convolution (stride 2)", "vector", out)

Kt = np.array([[1, 0], [-1, 1]])
Z = np.array([[1, 2], [3, 4]])
O = np.zeros((3, 3))
for i in range(2):
    for j in range(2):
        O[i:i + 2, j:j + 2] += Z[i, j] * Kt
add("3b", "2D transposed convolution", "matrix", O)

xr = np.array([1, 2, 0, -1, 3])
yr = np.array([-1, 0, 7])
M = np.array([xr[i:i + 3] for i in range(3)], float)
wr = np.linalg.solve(M, yr)
assert np.allclose(xcorr1d(xr, wr), yr)
add("3c", "recover filter from input and output", "vector", wr, tol=1e-6)

A = np.array([[1, 3, 2, 0], [4, -1, 5, 1], [0, 2, -3, 6], [7, 1, 2, 2]])
add("3d", "max pooling", "matrix", pool2d(A, 2, 2, np.max))
add("3e", "average pooling", "matrix", pool2d(A, 2, 2, np.mean), tol=1e-6)
add("3f", "global average pooling", "real", A.mean(), tol=1e-6)

# ---------------- Problem 4: receptive fields ----------------
def rf(layers):
    r, j = 1, 1
    for kk, ss, dd in layers:
        r += dd * (kk - 1) * j
        j *= ss
    return r, j

net = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 2, 1)]
add("4a", "receptive field", "integer", rf(net[:2])[0])
r4, j4 = rf(net)
add("4b", "receptive field", "integer", r4)
add("4c", "receptive field jump (effective stride)", "integer", j4)
net_d = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 2), (3, 2, 1)]
add("4d", "receptive field (dilated conv)", "integer", rf(net_d)[0])

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": SET, "source": "problems.tex", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=200)
print(open("expected.yaml").read())
