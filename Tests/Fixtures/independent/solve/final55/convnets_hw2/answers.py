"""Recompute every answer of convnets_hw2 and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def out_len(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_len(n, k, s=1, p=0, op=0):
    return (n - 1) * s - 2 * p + k + op


def corr1d(x, w, s=1, p=0):
    x = np.pad(np.asarray(x, float), p)
    n = (len(x) - len(w)) // s + 1
    return np.array([np.dot(x[i * s:i * s + len(w)], w) for i in range(n)])


def corr2d(X, K):
    kh, kw = K.shape
    H, W = X.shape[0] - kh + 1, X.shape[1] - kw + 1
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K) for j in range(W)] for i in range(H)])


def clean(a):
    a = np.asarray(a, float)
    return [int(v) if float(v).is_integer() else float(v) for v in a.ravel()] if a.ndim == 1 else \
        [[int(v) if float(v).is_integer() else float(v) for v in row] for row in a]


# ---------------- Problem 1 ----------------
H = 64
a_hw = out_len(H, 3, 1, 1)
add("1a", "conv output shape", "shape", [16, a_hw, a_hw], layout="CHW")
b_hw = out_len(H, 3, 2, 1)
add("1b", "conv output shape (stride)", "shape", [16, b_hw, b_hw], layout="CHW")
c_hw = out_len(H, 7, 3, 0)
add("1c", "conv output shape (stride, no padding)", "shape", [32, c_hw, c_hw], layout="CHW")
d_hw = out_len(H, 3, 1, 0, 2)
add("1d", "conv output shape (dilation)", "shape", [8, d_hw, d_hw], layout="CHW")
e_hw = out_len(a_hw, 2, 2, 0)
add("1e", "max pool output shape", "shape", [16, e_hw, e_hw], layout="CHW")
f_hw = tconv_len(b_hw, 4, 2, 1)
add("1f", "transposed conv output shape", "shape", [8, f_hw, f_hw], layout="CHW")
opts = {"A": 1, "B": 2, "C": 4, "D": 5}
g = [L for L, p in opts.items() if out_len(H, 5, 1, p) == H]
assert len(g) == 1
add("1g", "same padding (multiple choice)", "choice", g[0])

# ---------------- Problem 2 ----------------
x = np.array([1, 3, -2, 0, 4, 1], float)
w = np.array([2, -1, 1], float)
add("2a", "1D cross-correlation", "vector", clean(corr1d(x, w)))
add("2b", "1D cross-correlation with stride", "vector", clean(corr1d(x, w, s=2)))
add("2c", "1D cross-correlation with padding", "vector", clean(corr1d(x, w, p=1)))
add("2d", "1D true convolution (flipped)", "vector", clean(np.convolve(x, w, mode="valid")))
X = np.array([[1, 2, 0, -1], [3, 1, 2, 0], [0, -2, 1, 4], [2, 1, 3, 1]], float)
K = np.array([[1, 0], [-1, 2]], float)
add("2e", "2D cross-correlation", "matrix", clean(corr2d(X, K)))
mp = X.reshape(2, 2, 2, 2).max(axis=(1, 3))
add("2f", "max pooling", "matrix", clean(mp))
add("2g", "global average pooling", "real", float(X.mean()), tol=0.001)

# ---------------- Problem 3 ----------------
xin = np.array([1, 2, -1], float)
k = np.array([1, 0, 2], float)
s = 2
y = np.zeros(tconv_len(len(xin), len(k), s))
for i, v in enumerate(xin):
    y[i * s:i * s + len(k)] += v * k
add("3a", "1D transposed convolution", "vector", clean(y))
xi = np.array([1, 2, 3, 4], float)
yo = np.array([5, 8, 11], float)
A = np.array([xi[i:i + 2] for i in range(3)])
ab, *_ = np.linalg.lstsq(A, yo, rcond=None)
assert np.allclose(A @ ab, yo)
add("3b", "recover 1D filter", "vector", clean(np.round(ab, 10)))
Xr = np.array([[1, 0, 2], [3, 1, 0], [0, 2, 1]], float)
Yr = np.array([[7, 0], [2, 5]], float)
M = np.array([Xr[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
kr = np.linalg.solve(M, Yr.ravel()).reshape(2, 2)
add("3c", "recover 2D filter", "matrix", clean(np.round(kr, 10)))
skip("3d", "explain checkerboard artifacts and suggest an alternative")

# ---------------- Problem 4 ----------------
layers = [  # name, kernel, cout, stride, pad
    ("conv1", 3, 64, 1, 1), ("conv2", 3, 64, 1, 1), ("pool", 2, None, 2, 0),
    ("conv3", 3, 128, 1, 1), ("conv4", 3, 128, 2, 1)]
r, j, hw, c = 1, 1, 32, 3
info = {}
for name, kk, co, st, pd in layers:
    r += (kk - 1) * j
    j *= st
    cin = c
    hw = out_len(hw, kk, st, pd)
    c = co if co is not None else c
    info[name] = dict(r=r, hw=hw, c=c, cin=cin, k=kk)
add("4a", "receptive field", "integer", info["conv2"]["r"])
add("4b", "receptive field", "integer", info["conv4"]["r"])
add("4c", "conv output shape (network)", "shape", [info["conv4"]["c"], info["conv4"]["hw"], info["conv4"]["hw"]], layout="CHW")
c3 = info["conv3"]
add("4d", "conv MACs", "integer", int(c3["c"] * c3["hw"] ** 2 * c3["cin"] * c3["k"] ** 2))
skip("4e", "ambiguous: the set never says whether a FLOP counts a multiply-accumulate as one or two operations, nor whether the bias additions are counted")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "convnets_hw2", "source": "problems.tex", "parts": parts}, f, sort_keys=False, default_flow_style=None)
print(open(os.path.join(HERE, "expected.yaml")).read())
