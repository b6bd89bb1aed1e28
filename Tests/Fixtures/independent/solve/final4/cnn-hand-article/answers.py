"""Recompute every numeric answer of problems.tex and write expected.yaml."""
import math
import numpy as np
import yaml

out = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    e["answer"] = answer
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    out.append(e)


def nc(pid, why):
    out.append({"id": pid, "computable": False, "why": why})


def tolist(a, nd=4):
    a = np.asarray(a, dtype=float)
    r = np.round(a, nd).tolist()

    def fix(v):
        if isinstance(v, list):
            return [fix(t) for t in v]
        return int(v) if float(v).is_integer() else v
    return fix(r)


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.concatenate([np.zeros(pad), np.asarray(x, float), np.zeros(pad)])
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    H = (X.shape[0] - kh) // stride + 1
    W = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(W)] for i in range(H)])


def pool2d(A, k, s, f):
    A = np.asarray(A, float)
    H = (A.shape[0] - k) // s + 1
    W = (A.shape[1] - k) // s + 1
    return np.array([[f(A[i*s:i*s+k, j*s:j*s+k]) for j in range(W)] for i in range(H)])


# ---------------- Problem 1 ----------------
H = W = 64
a = (16, conv_out(H, 5, 1, 2), conv_out(W, 5, 1, 2))
add("1a", "conv output shape", "shape", list(a), layout="CHW")
b = (32, conv_out(a[1], 3, 2, 1), conv_out(a[2], 3, 2, 1))
add("1b", "conv output shape (stride, padding)", "shape", list(b), layout="CHW")
c = (8, conv_out(H, 3, 1, 0, 2), conv_out(W, 3, 1, 0, 2))
add("1c", "dilated conv output shape", "shape", list(c), layout="CHW")
d = (8, convT_out(a[1], 4, 2, 1), convT_out(a[2], 4, 2, 1))
add("1d", "transposed conv output shape", "shape", list(d), layout="CHW")
e = (math.ceil(H / 3), math.ceil(W / 3), 10)  # TF 'same': ceil(n / stride)
add("1e", "conv output shape ('same', keras)", "shape", list(e), layout="HWC")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("2a", "1D cross-correlation", "vector", tolist(corr1d(x, w)))
add("2b", "1D cross-correlation (stride, padding)", "vector", tolist(corr1d(x, w, stride=2, pad=1)))
conv_true = corr1d(x, w[::-1])
assert np.allclose(conv_true, np.convolve(x, w, mode="valid"))
add("2c", "1D true convolution (flipped kernel)", "vector", tolist(conv_true))
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]], float)
K = np.array([[1, -1], [0, 2]], float)
add("2d", "2D cross-correlation", "matrix", tolist(corr2d(X, K)))
u = np.array([1, 2, 3, 4], float)
yv = np.array([5, 8, 11], float)
Amat = np.array([u[i:i + 2] for i in range(3)])
h, res, *_ = np.linalg.lstsq(Amat, yv, rcond=None)
assert np.allclose(Amat @ h, yv)
add("2e", "recover filter from input and output", "vector", tolist(h))
z = np.array([1, 2, -1], float)
kt = np.array([1, 3, 2], float)
s = 2
yt = np.zeros(convT_out(len(z), len(kt), s))
for i, zi in enumerate(z):
    yt[i * s:i * s + len(kt)] += zi * kt
# cross-check: transpose of stride-2 correlation matrix
M = np.zeros((len(z), len(yt)))
for i in range(len(z)):
    M[i, i * s:i * s + len(kt)] = kt
assert np.allclose(M.T @ z, yt)
add("2f", "1D transposed convolution", "vector", tolist(yt))
nc("2g", "proof / show that")

# ---------------- Problem 3 ----------------
A = np.array([[1, 3, 2, 0], [4, 6, 1, 1], [0, 2, 5, 7], [3, 1, 8, 2]], float)
add("3a", "max pooling", "matrix", tolist(pool2d(A, 2, 2, np.max)))
add("3b", "average pooling", "matrix", tolist(pool2d(A, 2, 2, np.mean)), tol=0.001)
add("3c", "global average pooling", "real", round(float(A.mean()), 4), tol=0.001)


def rf(layers):
    r, j = 1, 1
    for k, st, dil in layers:
        r += dil * (k - 1) * j
        j *= st
    return r


add("3d", "receptive field", "integer", rf([(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1)]))
opts = {"A": rf([(3, 1, 1)] * 3), "B": rf([(7, 1, 1)]),
        "C": rf([(3, 1, 2)] * 2), "D": rf([(5, 1, 1), (2, 2, 1)])}
best = max(opts.values())
assert list(opts.values()).count(best) == 1
add("3e", "receptive field comparison", "choice", [k for k, v in opts.items() if v == best][0])

# ---------------- Problem 4 ----------------
cin, cout, k, Hs = 64, 128, 3, 56
params = cout * cin * k * k + cout
add("4a", "conv parameter count", "integer", params)
Ho = conv_out(Hs, k, 1, 1)
macs = cout * Ho * Ho * cin * k * k
add("4b", "conv MACs", "integer", macs)
dw = cin * k * k + cin
pw = cin * cout + cout
add("4c", "depthwise separable parameter count", "integer", dw + pw)
g = 4
add("4d", "grouped conv parameter count", "integer", cout * (cin // g) * k * k + cout)
C = 7  # any C: conv1x1 = C*C*1*1 + C ; linear = C*C + C
add("4e", "1x1 conv vs linear parameters", "boolean", bool(C * C * 1 * 1 + C == C * C + C))

doc = {"set": "cnn-hand-article", "source": "problems.tex", "parts": out}
with open("expected.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
