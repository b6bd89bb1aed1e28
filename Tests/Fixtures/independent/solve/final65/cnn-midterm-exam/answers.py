"""Recompute every numeric answer of problems.tex and write expected.yaml."""
import math
import numpy as np
import yaml

parts = []
def add(pid, family, kind, ans, tol=None, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": ans}
    if tol is not None:
        d["tolerance"] = tol
    d.update(kw)
    parts.append(d)
def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})
def r(x, n=4):
    return (np.round(np.asarray(x, dtype=float), n) + 0.0).tolist() if np.ndim(x) else round(float(x), n) + 0.0

def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1
def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1

# Question 1
h = conv_out(64, 5, 2, 2); add("1a", "conv output shape", "shape", [16, h, h], layout="CHW")
h = conv_out(h, 2, 2); add("1b", "max pool output shape", "shape", [16, h, h], layout="CHW")
h = conv_out(h, 3, 1, 0, 2); add("1c", "dilated conv output shape", "shape", [32, h, h], layout="CHW")
h = tconv_out(h, 4, 2, 1); add("1d", "transposed conv output shape", "shape", [8, h, h], layout="CHW")
same = math.ceil(64 / 3)
options = {"A": (20, 20, 10), "B": (22, 22, 10), "C": (21, 21, 10), "D": (64, 64, 10)}
add("1e", "'same' padding output shape", "choice", [k for k, v in options.items() if v == (same, same, 10)][0])

# Question 2
x = np.array([1, 3, -2, 0, 4, 1], dtype=float); w = np.array([1, 0, -1], dtype=float)
def xcorr1d(x, w, s=1, p=0):
    xp = np.pad(x, p)
    n = conv_out(len(x), len(w), s, p)
    return np.array([xp[i * s:i * s + len(w)] @ w for i in range(n)])
add("2a", "1D cross-correlation", "vector", r(xcorr1d(x, w)), 1e-6)
add("2b", "1D cross-correlation stride padding", "vector", r(xcorr1d(x, w, 2, 1)), 1e-6)
add("2c", "1D true convolution", "vector", r(xcorr1d(x, w[::-1])), 1e-6)
X = np.array([[1, 0, 2, 1], [0, 1, 3, 0], [2, 2, 0, 1], [1, 0, 1, 2]], dtype=float)
K = np.array([[1, -1], [0, 2]], dtype=float)
def xcorr2d(X, K, s=1):
    n = conv_out(X.shape[0], K.shape[0], s)
    return np.array([[(X[i*s:i*s+K.shape[0], j*s:j*s+K.shape[1]] * K).sum() for j in range(n)] for i in range(n)])
add("2d", "2D cross-correlation stride", "matrix", r(xcorr2d(X, K, 2)), 1e-6)
xin = np.array([1, 2, 0, 1], dtype=float); yout = np.array([0, 4, -1], dtype=float)
A = np.array([xin[i:i + 2] for i in range(3)])
wr, res, *_ = np.linalg.lstsq(A, yout, rcond=None)
assert np.allclose(A @ wr, yout)
add("2e", "recover filter from input and output", "vector", r(wr), 1e-4)

# Question 3
inp = np.array([1, 2], dtype=float); ker = np.array([1, -1, 2], dtype=float); s = 2
out = np.zeros(tconv_out(2, 3, s))
for i, v in enumerate(inp):
    out[i * s:i * s + 3] += v * ker
add("3a", "1D transposed convolution", "vector", r(out), 1e-6)
M = np.array([[1, 3, 2, 0], [4, 6, 5, 1], [0, 2, 7, 3], [1, 1, 2, 8]], dtype=float)
def pool(M, k, s, f):
    n = conv_out(M.shape[0], k, s)
    return np.array([[f(M[i*s:i*s+k, j*s:j*s+k]) for j in range(n)] for i in range(n)])
add("3b", "max pooling", "matrix", r(pool(M, 2, 2, np.max)), 1e-6)
add("3c", "average pooling", "matrix", r(pool(M, 2, 2, np.mean)), 1e-4)
add("3d", "global average pooling", "real", r(M.mean()), 1e-4)
add("3e", "max pooling stride 1", "matrix", r(pool(M, 3, 1, np.max)), 1e-6)

# Question 4
cin, cout, k = 64, 128, 3
add("4a", "conv parameter count", "integer", cin * cout * k * k + cout)
add("4b", "depthwise separable parameter count", "integer", (cin * k * k + cin) + (cin * cout + cout))
add("4c", "grouped conv parameter count", "integer", (cin // 4) * cout * k * k)
hout = conv_out(32, 3, 1, 1)
add("4d", "conv MACs", "integer", cout * hout * hout * cin * k * k)
rf, jump = 1, 1
for kk, ss in [(3, 1), (3, 1), (2, 2), (3, 1)]:
    rf += (kk - 1) * jump
    jump *= ss
add("4e", "receptive field", "integer", rf)
nc("4f", "explain in words")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "cnn-midterm-exam", "source": "problems.tex", "parts": parts}, f, sort_keys=False, default_flow_style=None)
