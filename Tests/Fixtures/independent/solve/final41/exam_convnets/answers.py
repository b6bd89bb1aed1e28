#!/usr/bin/env python3
"""Recompute every answer of exam_convnets/problems.tex and write expected.yaml."""
import os
import numpy as np
os.chdir(os.path.dirname(os.path.abspath(__file__)))

# ---- YAML writer (shared boilerplate, copied into each answers.py) ----
def _fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_fmt(x) for x in v) + "]"
    if isinstance(v, float):
        r = round(v, 6)
        if r == int(r) and abs(r) < 1e15:
            return repr(float(int(r)))
        return repr(r)
    if isinstance(v, int):
        return str(v)
    s = str(v)
    return '"' + s.replace('"', '\\"') + '"'

def _py(v):
    """numpy -> plain python"""
    if isinstance(v, np.ndarray):
        return _py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [_py(x) for x in v]
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    return v

def write_yaml(setname, source, parts, path="expected.yaml"):
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = [f"set: {setname}", f"source: {source}", "parts:"]
    for p in parts:
        out.append(f"  - id: {_fmt(p['id'])}")
        for k in ("computable", "family", "answer_kind", "answer", "layout", "tolerance", "why"):
            if k in p:
                out.append(f"    {k}: {_fmt(_py(p[k]))}")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")

# ---- helpers ----
def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1

def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ np.asarray(w, float) for i in range(0, len(x) - k + 1, stride)])

def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    H = (X.shape[0] - kh) // stride + 1
    W = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K) for j in range(W)] for i in range(H)])

def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    H = (X.shape[0] - k) // s + 1
    W = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i*s:i*s+k, j*s:j*s+k]) for j in range(W)] for i in range(H)])

def tconv1d(x, w, stride):
    n = (len(x) - 1) * stride + len(w)
    y = np.zeros(n)
    for i, xi in enumerate(x):
        y[i*stride:i*stride+len(w)] += xi * np.asarray(w, float)
    return y

def ints(a):
    return np.rint(a).astype(int)

parts = []
def add(**kw):
    parts.append(kw)

# ---- Question 1: output shapes; input (3, 64, 64) ----
C, H = 3, 64
s1a = (32, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2))
add(id="1a", computable=True, family="conv output shape (padding)", answer_kind="shape", answer=list(s1a), layout="CHW")
s1b = (32, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2))
add(id="1b", computable=True, family="conv output shape (stride)", answer_kind="shape", answer=list(s1b), layout="CHW")
s1c = (16, conv_out(H, 3, 1, 0, 2), conv_out(H, 3, 1, 0, 2))
add(id="1c", computable=True, family="conv output shape (dilation)", answer_kind="shape", answer=list(s1c), layout="CHW")
s1d = (s1a[0], conv_out(s1a[1], 3, 2), conv_out(s1a[2], 3, 2))
add(id="1d", computable=True, family="pooling output shape", answer_kind="shape", answer=list(s1d), layout="CHW")
s1e = (8, tconv_out(s1b[1], 4, 2, 1), tconv_out(s1b[2], 4, 2, 1))
add(id="1e", computable=True, family="transposed conv output shape", answer_kind="shape", answer=list(s1e), layout="CHW")
opts = {"A": 2, "B": 3, "C": 6, "D": 7}
good = [L for L, p in opts.items() if conv_out(64, 7, 1, p) == 64]
assert len(good) == 1
add(id="1f", computable=True, family="'same' padding (multiple choice)", answer_kind="choice", answer=good[0])

# ---- Question 2: convolution by hand ----
x = [2, -1, 3, 0, 1, 4]
w = [1, 0, -2]
add(id="2a", computable=True, family="1D cross-correlation", answer_kind="vector", answer=ints(xcorr1d(x, w)))
add(id="2b", computable=True, family="1D convolution (flipped kernel)", answer_kind="vector", answer=ints(xcorr1d(x, w[::-1])))
add(id="2c", computable=True, family="1D cross-correlation with padding and stride", answer_kind="vector", answer=ints(xcorr1d(x, w, stride=2, pad=1)))
X = [[1, 2, 0, 1], [3, -1, 2, 0], [0, 1, 1, 2], [2, 0, -1, 3]]
K = [[1, 0], [-1, 2]]
add(id="2d", computable=True, family="2D cross-correlation", answer_kind="matrix", answer=ints(xcorr2d(X, K)))
add(id="2e.i", computable=True, family="max pooling", answer_kind="matrix", answer=ints(pool2d(X, 2, 2, np.max)))
add(id="2e.ii", computable=True, family="average pooling", answer_kind="matrix", answer=pool2d(X, 2, 2, np.mean), tolerance=0.001)

# ---- Question 3: transposed conv and recovering filters ----
add(id="3a", computable=True, family="1D transposed convolution (stride 2)", answer_kind="vector", answer=ints(tconv1d([1, 2, -1], [1, -1, 2], 2)))
add(id="3b", computable=True, family="1D transposed convolution (stride 1)", answer_kind="vector", answer=ints(tconv1d([1, 2, -1], [1, -1, 2], 1)))
x3 = np.array([1, 0, 2, 1, 0], float)
y3 = np.array([4, -1, 3], float)
A = np.array([x3[i:i + 3] for i in range(3)])
w3 = np.linalg.solve(A, y3)
add(id="3c", computable=True, family="recover 1D filter", answer_kind="vector", answer=ints(w3))
X3 = np.array([[1, 0, 2], [2, 1, 0], [0, 1, 1]], float)
Y3 = np.array([[3, -2], [4, 3]], float)
A = np.array([X3[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
K3 = np.linalg.solve(A, Y3.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(X3, K3), Y3)
add(id="3d", computable=True, family="recover 2D filter", answer_kind="matrix", answer=ints(K3))
add(id="3e", computable=False, why="explain in words (checkerboard artifacts)")

# ---- Question 4: receptive fields and cost ----
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (5, 2)]   # (kernel, stride) from the table
rf, jump, rfs = 1, 1, []
for k, s in layers:
    rf += (k - 1) * jump
    jump *= s
    rfs.append(rf)
add(id="4a", computable=True, family="receptive field", answer_kind="integer", answer=rfs[2])
add(id="4b", computable=True, family="receptive field", answer_kind="integer", answer=rfs[4])
Ho = conv_out(56, 3, 1, 1)
macs = 128 * Ho * Ho * 64 * 3 * 3
add(id="4c", computable=True, family="conv MACs", answer_kind="integer", answer=macs)
Cc = 7  # any C > 0: compare 25 C^2 with 2 * 9 C^2
add(id="4d", computable=True, family="parameter count comparison (true/false)", answer_kind="boolean", answer=bool(2 * 9 * Cc * Cc < 25 * Cc * Cc))
add(id="4e", computable=False, why="discuss a reason in words")

write_yaml("exam_convnets", "problems.tex", parts)
