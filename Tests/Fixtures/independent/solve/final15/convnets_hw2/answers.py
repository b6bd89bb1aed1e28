"""Expected answers for convnets_hw2 (ECE 5820 HW2). Writes expected.yaml next to this file."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def xcorr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return out


def tconv1d(z, k, stride):
    out = np.zeros((len(z) - 1) * stride + len(k))
    for i, zi in enumerate(z):
        out[i * stride:i * stride + len(k)] += zi * np.asarray(k, float)
    return out


def tconv2d(Z, G, stride=1):
    zh, zw = Z.shape
    gh, gw = G.shape
    out = np.zeros(((zh - 1) * stride + gh, (zw - 1) * stride + gw))
    for i in range(zh):
        for j in range(zw):
            out[i * stride:i * stride + gh, j * stride:j * stride + gw] += Z[i, j] * G
    return out


def pool2d(A, k, s, fn):
    oh = (A.shape[0] - k) // s + 1
    ow = (A.shape[1] - k) // s + 1
    return np.array([[fn(A[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


def receptive_field(layers):
    r, jump = 1, 1
    for k, s, d in layers:
        keff = d * (k - 1) + 1
        r += (keff - 1) * jump
        jump *= s
    return r


def ints(a):
    return [int(round(v)) for v in np.ravel(a)]


def mat(a, nd=None):
    a = np.asarray(a, float)
    if nd is None:
        return [[int(round(v)) for v in row] for row in a]
    return [[round(float(v), nd) for v in row] for row in a]


parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Problem 1 ----------------
H = 128
# (a) Conv2d(3, 32, k=5, s=1, p=2)
h1a = conv_out(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [32, h1a, h1a], layout="CHW")
# (b) 64 filters 7x7, stride 2, pad 3
h1b = conv_out(H, 7, 2, 3)
add("1b", "conv output shape (stride, padding)", "shape", [64, h1b, h1b], layout="CHW")
# (c) maxpool 3x3 s2 p1 on (b)
h1c = conv_out(h1b, 3, 2, 1)
add("1c", "pooling output shape", "shape", [64, h1c, h1c], layout="CHW")
# (d) 3x3, 16 filters, dilation 2, no pad on (c)
h1d = conv_out(h1c, 3, 1, 0, 2)
add("1d", "dilated conv output shape", "shape", [16, h1d, h1d], layout="CHW")
# (e) ConvTranspose2d(16, 8, k=4, s=2, p=1) on (d)
h1e = tconv_out(h1d, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [8, h1e, h1e], layout="CHW")
# (f) Keras 'same', stride 2: ceil(n / s)
h1f = math.ceil(H / 2)
add("1f", "same-padding output shape (channels-last)", "shape", [h1f, h1f, 10], layout="HWC")
non("1g", "explain in words")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("2a", "1D cross-correlation", "vector", ints(xcorr1d(x, w)))
add("2b", "1D cross-correlation with padding and stride", "vector", ints(xcorr1d(x, w, stride=2, pad=1)))
add("2c", "1D true convolution (flipped kernel)", "vector", ints(np.convolve(x, w, mode="valid")))
X = np.array([[1, 0, 2, 1, 0],
              [0, 1, 1, 0, 2],
              [3, 1, 0, 1, 1],
              [0, 2, 1, 3, 0],
              [1, 0, 0, 1, 2]], float)
K = np.array([[1, 0, -1]] * 3, float)
add("2d", "2D cross-correlation", "matrix", mat(xcorr2d(X, K)))
add("2e", "2D cross-correlation with padding and stride", "matrix", mat(xcorr2d(X, K, stride=2, pad=1)))

# ---------------- Problem 3 ----------------
add("3a", "1D transposed convolution", "vector", ints(tconv1d([1, 2, -1], [1, -1, 2], 2)))
Z = np.array([[1, 2], [3, -1]], float)
G = np.array([[1, 0], [-1, 1]], float)
add("3b", "2D transposed convolution", "matrix", mat(tconv2d(Z, G, 1)))
# (c) recover a length-3 kernel: y[i] = sum_j x[i+j] w[j]
xc = np.array([1, 2, 0, -1, 3], float)
yc = np.array([3, 3, -4], float)
Ac = np.array([xc[i:i + 3] for i in range(3)])
wc = np.linalg.solve(Ac, yc)
assert np.allclose(xcorr1d(xc, wc), yc)
add("3c", "recover 1D filter", "vector", ints(wc))
P = np.array([[1, 0, 2], [0, 1, 0], [2, 1, 1]], float)
Q = np.array([[3, -2], [0, 3]], float)
Ad = np.array([P[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
kd = np.linalg.solve(Ad, Q.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(P, kd), Q)
add("3d", "recover 2D filter", "matrix", mat(kd))
non("3e", "prove / argue in general")

# ---------------- Problem 4 ----------------
A = np.array([[1, 3, 2, 0], [4, 6, 1, 1], [0, 2, 5, 7], [1, 1, 3, 2]], float)
add("4a", "max pooling", "matrix", mat(pool2d(A, 2, 2, np.max)))
add("4b", "average pooling", "matrix", mat(pool2d(A, 2, 2, np.mean), 4), tolerance=0.001)
add("4c", "global average pooling", "real", round(float(A.mean()), 4), tolerance=0.001)
table = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2), (3, 1)]  # (kernel, stride)
is_conv = [True, True, False, True, True, True]
add("4d", "receptive field", "integer", receptive_field([(k, s, 1) for k, s in table]))
add("4e", "receptive field with dilation", "integer",
    receptive_field([(k, s, 2 if c else 1) for (k, s), c in zip(table, is_conv)]))

out = {"set": "convnets_hw2", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
