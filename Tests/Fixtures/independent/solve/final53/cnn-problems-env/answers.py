"""Recompute every answer of cnn-problems-env and write expected.yaml."""
import numpy as np
import yaml, os

def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1

def xcorr1d(x, w, s=1, p=0):
    x = np.pad(np.asarray(x, float), p)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, s)])

def xcorr2d(X, K, s=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K)
                      for j in range(0, X.shape[1] - kw + 1, s)]
                     for i in range(0, X.shape[0] - kh + 1, s)])

def convT1d(x, w, s):
    out = np.zeros((len(x) - 1) * s + len(w))
    for i, xi in enumerate(x):
        out[i * s:i * s + len(w)] += xi * np.asarray(w, float)
    return out

def pool2d(A, k, s, f):
    A = np.asarray(A, float)
    return np.array([[f(A[i:i + k, j:j + k]) for j in range(0, A.shape[1] - k + 1, s)]
                     for i in range(0, A.shape[0] - k + 1, s)])

def L(a):
    a = np.asarray(a)
    return [L(r) for r in a] if a.ndim > 1 else [round(float(v), 6) if not float(v).is_integer() else int(v) for v in a]

parts = []
def add(pid, family, kind, ans, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": ans}
    if layout: d["layout"] = layout
    if tol is not None: d["tolerance"] = tol
    parts.append(d)
def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

# Problem 1: input 3x64x64
H = 64
h_a = conv_out(H, 5, 1, 2); add("1a", "conv output shape", "shape", [16, h_a, h_a], layout="CHW")
h_b = conv_out(H, 7, 2, 3); add("1b", "conv output shape (stride, padding)", "shape", [32, h_b, h_b], layout="CHW")
h_c = conv_out(H, 3, 1, 0, 2); add("1c", "conv output shape (dilation)", "shape", [8, h_c, h_c], layout="CHW")
h_d = conv_out(h_a, 3, 2, 0); add("1d", "max pool output shape", "shape", [16, h_d, h_d], layout="CHW")
h_e = convT_out(h_a, 4, 2, 1); add("1e", "transposed conv output shape", "shape", [8, h_e, h_e], layout="CHW")
non("1f", "explain in words")

# Problem 2
x = [1, 3, -2, 0, 4, 2]; w = np.array([1, 0, -1], float)
add("2a", "1D cross-correlation", "vector", L(xcorr1d(x, w)))
add("2b", "1D cross-correlation with padding and stride", "vector", L(xcorr1d(x, w, s=2, p=1)))
add("2c", "1D true convolution (flipped kernel)", "vector", L(xcorr1d(x, w[::-1])))
X = [[1, 2, 0, 1], [0, 1, 3, 1], [2, 1, 0, 2], [1, 0, 1, 3]]
K = [[1, 0], [-1, 2]]
add("2d", "2D cross-correlation", "matrix", L(xcorr2d(X, K)))
add("2e", "2D cross-correlation with stride", "matrix", L(xcorr2d(X, K, s=2)))

# Problem 3
add("3a", "1D transposed convolution stride 2", "vector", L(convT1d([2, -1, 3], [1, 2], 2)))
add("3b", "1D transposed convolution stride 1", "vector", L(convT1d([2, -1, 3], [1, 2], 1)))
x3 = np.array([1, 2, 0, -1, 3], float); y3 = np.array([0, 3, 4], float)
A = np.array([x3[i:i + 3] for i in range(3)])
w3 = np.linalg.solve(A, y3)
assert np.allclose(xcorr1d(x3, w3), y3)
add("3c", "recover filter from input and output", "vector", L(np.round(w3, 9)), tol=1e-6)
non("3d", "justify in words (underdetermined system argument)")

# Problem 4
P = [[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8], [9, 7, 9, 3]]
add("4a", "max pooling", "matrix", L(pool2d(P, 2, 2, np.max)))
add("4b", "average pooling", "matrix", L(pool2d(P, 2, 2, np.mean)), tol=1e-6)
add("4c", "global average pooling", "real", float(np.mean(P)), tol=1e-6)

# Problem 5: receptive field, layers (k, s, d)
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]
r, j, rf = 1, 1, []
for k, s, d in layers:
    r += d * (k - 1) * j; j *= s; rf.append(r)
add("5a", "receptive field", "integer", rf[2])
add("5b", "receptive field (dilation)", "integer", rf[4])
macs = 128 * 32 * 32 * 64 * 3 * 3
add("5c", "MACs of conv layer", "integer", macs)
add("5d", "FLOPs of conv layer", "integer", 2 * macs)

out = {"set": "cnn-problems-env", "source": "problems.tex", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None)
