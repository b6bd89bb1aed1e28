"""Compute the expected answers for hw3-cnn-article and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    d["answer"] = answer
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a, nd=4):
    a = np.asarray(a, dtype=float)
    out = (np.round(a, nd) + 0.0).tolist()
    return out


def ival(a):
    return np.asarray(a).astype(int).tolist()


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
    return np.array([[np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
                      for j in range(W)] for i in range(H)])


def pool2d(X, k, s, fn):
    H = (X.shape[0] - k) // s + 1
    W = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(W)] for i in range(H)])


# ---------------- Problem 1 ----------------
C, H, W = 3, 64, 48
a = [16, conv_out(H, 5, 1, 2), conv_out(W, 5, 1, 2)]
add("1a", "conv output shape", "shape", a, layout="CHW")
b = [16, conv_out(H, 5, 2, 2), conv_out(W, 5, 2, 2)]
add("1b", "conv output shape (stride)", "shape", b, layout="CHW")
add("1c", "conv output shape (dilation)", "shape",
    [8, conv_out(H, 3, 1, 0, 3), conv_out(W, 3, 1, 0, 3)], layout="CHW")
add("1d", "max pool output shape", "shape",
    [a[0], conv_out(a[1], 3, 2), conv_out(a[2], 3, 2)], layout="CHW")
add("1e", "conv output shape ('same', Keras)", "shape",
    [math.ceil(H / 3), math.ceil(W / 3), 32], layout="HWC")


def tconv_out(n, k, s, p, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


add("1f", "transposed conv output shape", "shape",
    [4, tconv_out(b[1], 4, 2, 1), tconv_out(b[2], 4, 2, 1)], layout="CHW")
skip("1g", "explain in words")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4, -2], float)
w = np.array([1, 0, -1], float)
add("2a", "1D cross-correlation", "vector", ival(corr1d(x, w)))
add("2b", "1D cross-correlation (padding, stride)", "vector", ival(corr1d(x, w, stride=2, pad=1)))
add("2c", "1D true convolution (flipped kernel)", "vector", ival(corr1d(x, w[::-1])))
X = np.array([[1, 0, 2, -1], [3, 1, 0, 2], [-2, 4, 1, 0], [0, 1, 3, 2]], float)
K = np.array([[1, -1], [0, 2]], float)
d2 = corr2d(X, K)
add("2d", "2D cross-correlation", "matrix", ival(d2))
add("2e", "2D cross-correlation (stride 2)", "matrix", ival(corr2d(X, K, 2)))
add("2f", "max pooling", "matrix", ival(pool2d(X, 2, 2, np.max)))
add("2g", "average pooling", "matrix", r(pool2d(X, 2, 2, np.mean)), tolerance=0.001)
add("2h", "global average pooling", "real", float(np.round(d2.mean(), 4)), tolerance=0.001)

# ---------------- Problem 3 ----------------
def tconv1d(z, k, s):
    y = np.zeros((len(z) - 1) * s + len(k))
    for i, zi in enumerate(z):
        y[s * i:s * i + len(k)] += zi * np.asarray(k, float)
    return y


z = np.array([1, -2, 3], float)
k = np.array([2, 1, -1], float)
add("3a", "1D transposed convolution (stride 2)", "vector", ival(tconv1d(z, k, 2)))
add("3b", "1D transposed convolution (stride 1)", "vector", ival(tconv1d(z, k, 1)))

x3 = np.array([1, 2, 0, -1, 3], float)
y3 = np.array([0, 3, 4], float)
A = np.array([x3[i:i + 3] for i in range(3)])
w3 = np.linalg.solve(A, y3)
assert np.allclose(corr1d(x3, w3), y3)
add("3c", "recover 1D filter", "vector", r(w3), tolerance=0.001)

X4 = np.array([[1, 2, 0], [3, 1, -1], [2, 0, 1]], float)
Y4 = np.array([[0, -1], [1, 3]], float)
A4 = np.array([X4[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
F = np.linalg.solve(A4, Y4.ravel()).reshape(2, 2)
assert np.allclose(corr2d(X4, F), Y4)
add("3d", "recover 2D filter", "matrix", r(F), tolerance=0.001)
skip("3e", "explain/justify in words")

# ---------------- Problem 4 ----------------
layers = [  # name, kind, k, s, p, cout
    ("conv1", "conv", 3, 1, 1, 32),
    ("conv2", "conv", 3, 1, 1, 32),
    ("pool1", "pool", 2, 2, 0, None),
    ("conv3", "conv", 3, 1, 1, 64),
    ("conv4", "conv", 5, 2, 2, 64),
]
rf, jump = 1, 1
c, h = 3, 32
info = {}
for name, kind, kk, s, p, cout in layers:
    rf += (kk - 1) * jump
    jump *= s
    hout = conv_out(h, kk, s, p)
    cout_ = c if cout is None else cout
    macs = params = 0
    if kind == "conv":
        macs = cout_ * hout * hout * c * kk * kk
        params = cout_ * c * kk * kk + cout_
    info[name] = dict(rf=rf, shape=[cout_, hout, hout], macs=macs, params=params)
    c, h = cout_, hout

add("4a", "receptive field", "integer", info["conv2"]["rf"])
add("4b", "receptive field", "integer", info["conv4"]["rf"])
add("4c", "conv output shape (network)", "shape", info["conv4"]["shape"], layout="CHW")
add("4d", "MACs of a conv layer", "integer", info["conv3"]["macs"])
add("4e", "conv parameter count (total)", "integer",
    sum(v["params"] for v in info.values()))
convs = ["conv1", "conv2", "conv3", "conv4"]
m = [info[n]["macs"] for n in convs]
letter = "E" if len(set(m)) == 1 else "ABCD"[int(np.argmax(m))]
add("4f", "MACs comparison (multiple choice)", "choice", letter)
add("4g", "FLOPs of a conv layer", "integer", 2 * info["conv4"]["macs"])

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "hw3-cnn-article", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
print(sum(p["computable"] for p in parts), "computable of", len(parts))
