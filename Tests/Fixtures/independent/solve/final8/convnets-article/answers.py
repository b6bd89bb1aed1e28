"""Recompute every answer of convnets-article/problems.tex and write expected.yaml."""
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


def corr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    H = (X.shape[0] - kh) // stride + 1
    W = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(W)] for i in range(H)])


def tconv1d(z, w, stride):
    out = np.zeros((len(z) - 1) * stride + len(w))
    for i, zi in enumerate(z):
        out[i*stride:i*stride+len(w)] += zi * np.asarray(w, float)
    return out


def tconv2d(Z, W, stride=1):
    Z = np.asarray(Z, float); W = np.asarray(W, float)
    H = (Z.shape[0] - 1) * stride + W.shape[0]
    Wd = (Z.shape[1] - 1) * stride + W.shape[1]
    out = np.zeros((H, Wd))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i*stride:i*stride+W.shape[0], j*stride:j*stride+W.shape[1]] += Z[i, j] * W
    return out


def pool2d(A, k, s, op):
    A = np.asarray(A, float)
    H = (A.shape[0] - k) // s + 1
    return np.array([[op(A[i*s:i*s+k, j*s:j*s+k]) for j in range(H)] for i in range(H)])


def num(v):
    v = float(v)
    return int(v) if v.is_integer() else round(v, 6)


def vec(a):
    return [num(v) for v in np.asarray(a).ravel()]


def mat(a):
    return [[num(v) for v in row] for row in np.asarray(a)]


parts = []


def add(id, family, kind, answer, **kw):
    d = {"id": id, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def skip(id, why):
    parts.append({"id": id, "computable": False, "why": why})


# ---------------- Problem 1: input (8, 3, 64, 64)
N, C, H = 8, 3, 64
add("1a", "conv output shape", "shape", [N, 16, conv_out(H, 5), conv_out(H, 5)], layout="NCHW")
h = conv_out(H, 3, s=2, p=1)
add("1b", "conv output shape (stride, padding)", "shape", [N, 32, h, h], layout="NCHW")
h = conv_out(H, 3, d=2)
add("1c", "conv output shape (dilation)", "shape", [N, 8, h, h], layout="NCHW")
add("1d", "conv output shape ('same' padding)", "shape", [N, 12, H, H], layout="NCHW")
h = conv_out(H, 3, s=2)
options = {"A": (8, 3, 32, 32), "B": (8, 3, 31, 31), "C": (8, 3, 30, 30), "D": (8, 1, 31, 31)}
correct = [k for k, v in options.items() if v == (N, C, h, h)]
assert len(correct) == 1
add("1e", "max-pool output shape (multiple choice)", "choice", correct[0])
h = tconv_out(H, 4, s=2, p=1)
add("1f", "transposed conv output shape", "shape", [N, 6, h, h], layout="NCHW")

# ---------------- Problem 2
x = [2, -1, 3, 0, 1, 4]
w = [1, 0, -2]
add("2a", "1D cross-correlation", "vector", vec(corr1d(x, w)))
add("2b", "1D cross-correlation with stride", "vector", vec(corr1d(x, w, stride=2)))
add("2c", "1D cross-correlation with padding", "vector", vec(corr1d(x, w, pad=1)))
add("2d", "1D true convolution (flipped kernel)", "vector", vec(corr1d(x, w[::-1])))
X = [[1, 2, 0, 1], [3, 1, 1, 0], [0, 2, 4, 1], [1, 0, 1, 3]]
K = [[1, -1], [0, 2]]
add("2e", "2D cross-correlation", "matrix", mat(corr2d(X, K)))
u = np.array([1, 0, 2, 1, 3], float)
y = np.array([4, -1, 6], float)
M = np.array([u[i:i + 3] for i in range(3)])
filt = np.linalg.solve(M, y)
assert np.allclose(corr1d(u, filt), y)
add("2f", "recover filter from input and output", "vector", vec(np.round(filt, 10)))
skip("2g", "explain in words (ungraded)")

# ---------------- Problem 3
z = [3, -1, 2]
wt = [1, 2, -1]
add("3a", "transposed conv output length", "integer", tconv_out(len(z), len(wt), s=2))
add("3b", "1D transposed convolution", "vector", vec(tconv1d(z, wt, 2)))
add("3c", "2D transposed convolution", "matrix", mat(tconv2d([[1, 2], [3, 4]], [[1, 1], [0, -1]])))

# ---------------- Problem 4
A = np.array([[1, 3, 2, 0], [5, 6, 1, 2], [0, 2, 9, 4], [3, 1, 7, 8]], float)
add("4a", "max pooling", "matrix", mat(pool2d(A, 2, 2, np.max)))
add("4b", "average pooling", "matrix", mat(pool2d(A, 2, 2, np.mean)))
add("4c", "global average pooling", "real", num(A.mean()), tolerance=0.001)

# ---------------- Problem 5: receptive field r_l = r_{l-1} + (k_eff - 1) * jump
layers = [("conv1", 3, 1, 1), ("conv2", 3, 1, 1), ("pool1", 2, 2, 1), ("conv3", 3, 1, 1), ("conv4", 3, 1, 2)]
r, jump, rf = 1, 1, {}
for name, k, s, d in layers:
    r += (d * (k - 1) + 1 - 1) * jump
    jump *= s
    rf[name] = r
add("5a", "receptive field", "integer", rf["conv2"])
add("5b", "receptive field (pooling, dilation)", "integer", rf["conv4"])
skip("5c", "discuss advantages and disadvantages")

doc = {"set": "convnets-article", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
