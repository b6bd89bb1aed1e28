"""Recompute every computable answer of cnn-convolutions-hw2 and write expected.yaml."""
import math
import numpy as np
import yaml


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1):
    x = np.asarray(x, float); w = np.asarray(w, float)
    n = (len(x) - len(w)) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + len(w)], w) for i in range(n)])


def xcorr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return out


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


def tconv1d(u, k, s):
    u = np.asarray(u, float); k = np.asarray(k, float)
    out = np.zeros((len(u) - 1) * s + len(k))
    for i, ui in enumerate(u):
        out[i * s:i * s + len(k)] += ui * k
    return out


def tconv2d(U, K, s=1):
    U = np.asarray(U, float); K = np.asarray(K, float)
    kh, kw = K.shape
    out = np.zeros(((U.shape[0] - 1) * s + kh, (U.shape[1] - 1) * s + kw))
    for i in range(U.shape[0]):
        for j in range(U.shape[1]):
            out[i * s:i * s + kh, j * s:j * s + kw] += U[i, j] * K
    return out


def ints(a):
    return [int(round(v)) for v in np.ravel(a)]


def mat(a, nd=4):
    a = np.asarray(a, float)
    return [[(int(round(v)) if abs(v - round(v)) < 1e-12 else round(float(v), nd)) for v in row] for row in a]


def num(v, nd=4):
    v = float(v)
    return int(round(v)) if abs(v - round(v)) < 1e-12 else round(v, nd)


parts = []
def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)

def noc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

# ---------------- Problem 1 ----------------
H = W = 64
C_in = 3
# (a) nn.Conv2d(3, 16, kernel_size=5)
a_h = conv_out(H, 5)
add("1a", "conv output shape", "shape", [16, a_h, conv_out(W, 5)], layout="CHW")
# (b) stride 2, padding 2
b_h = conv_out(H, 5, s=2, p=2)
add("1b", "conv output shape (stride, padding)", "shape", [16, b_h, conv_out(W, 5, s=2, p=2)], layout="CHW")
# (c) 32 filters 7x7, dilation 2, padding 3
add("1c", "conv output shape (dilation)", "shape", [32, conv_out(H, 7, p=3, d=2), conv_out(W, 7, p=3, d=2)], layout="CHW")
# (d) MaxPool2d(3, stride=2) on (a)
add("1d", "pooling output shape", "shape", [16, conv_out(a_h, 3, s=2), conv_out(a_h, 3, s=2)], layout="CHW")
# (e) ConvTranspose2d(16, 8, 4, stride=2, padding=1) on (b)
add("1e", "transposed conv output shape", "shape", [8, tconv_out(b_h, 4, s=2, p=1), tconv_out(b_h, 4, s=2, p=1)], layout="CHW")
# (f) Keras 'same' with stride 2: ceil(n / s)
add("1f", "conv output shape ('same' padding)", "shape", [10, math.ceil(H / 2), math.ceil(W / 2)], layout="CHW")

# ---------------- Problem 2 ----------------
x = [2, -1, 3, 0, 1, 4]
w = [1, 0, -2]
add("2a", "1D cross-correlation", "vector", ints(xcorr1d(x, w)))
add("2b", "1D cross-correlation (stride)", "vector", ints(xcorr1d(x, w, stride=2)))
add("2c", "1D cross-correlation (padding)", "vector", ints(xcorr1d([0] + x + [0], w)))
add("2d", "1D true convolution (flipped kernel)", "vector", ints(xcorr1d(x, w[::-1])))
noc("2e", "explain in words")

# ---------------- Problem 3 ----------------
X = np.array([[1, 2, 0, 3], [4, -1, 2, 1], [0, 1, 5, -2], [3, 2, 1, 0]])
K = np.array([[1, -1], [0, 2]])
Y = xcorr2d(X, K)
add("3a", "2D cross-correlation", "matrix", mat(Y))
add("3b", "2D cross-correlation (stride)", "matrix", mat(xcorr2d(X, K, stride=2)))
add("3c", "max pooling", "matrix", mat(pool2d(X, 2, 2, np.max)))
add("3d", "average pooling", "matrix", mat(pool2d(X, 2, 2, np.mean)))
add("3e", "global average pooling", "real", num(Y.mean()), tolerance=0.001)

# ---------------- Problem 4 ----------------
add("4a", "1D transposed convolution", "vector", ints(tconv1d([1, 2, -1], [1, 3, 2], 2)))
add("4b", "2D transposed convolution", "matrix", mat(tconv2d([[1, 2], [3, 4]], [[1, 0], [-1, 1]])))
xr = np.array([1, 2, 0, -1, 3], float)
yr = np.array([4, 4, -1, 1], float)
A = np.stack([xr[:-1], xr[1:]], axis=1)        # y_i = w1 x_i + w2 x_{i+1}
wr, res, *_ = np.linalg.lstsq(A, yr, rcond=None)
assert np.allclose(A @ wr, yr)
add("4c", "filter recovery", "vector", [num(v) for v in wr], tolerance=0.001)

# ---------------- Problem 5 ----------------
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2), (2, 2, 1)]  # kernel, stride, dilation
r, j = 1, 1
rf = []
for k, s, d in layers:
    r += d * (k - 1) * j
    j *= s
    rf.append(r)
add("5a", "receptive field", "integer", rf[2])
add("5b", "receptive field", "integer", rf[5])
noc("5c", "open-ended design and discussion")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "cnn-convolutions-hw2", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
print(open("expected.yaml").read())
