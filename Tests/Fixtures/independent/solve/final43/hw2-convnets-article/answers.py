#!/usr/bin/env python3
"""Recompute every answer of hw2-convnets-article and write expected.yaml."""
import numpy as np
# ---- YAML writer (deterministic, no external dependency) ----
import os as _os

def _scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        v = float(v) + 0.0          # no "-0.0"
        s = repr(v)
        if "e" in s and "." not in s:   # keep YAML 1.1 readers seeing a float
            s = s.replace("e", ".0e")
        return s
    s = str(v)
    if s == "" or any(c in s for c in ":#[]{},&*!|>'\"%@`") or s.strip() != s \
            or s.lower() in ("true", "false", "yes", "no", "null", "on", "off"):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    try:
        float(s)
        return '"' + s + '"'
    except ValueError:
        return s

def _flow(v):
    if isinstance(v, (list, tuple, np.ndarray)):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    return _scalar(v)

def write_yaml(set_name, source, parts, path="expected.yaml"):
    lines = ["set: " + set_name, "source: " + source, "parts:"]
    for p in parts:
        first = True
        for key in ("id", "computable", "family", "answer_kind", "answer",
                    "tolerance", "layout", "why"):
            if key not in p:
                continue
            prefix = "  - " if first else "    "
            first = False
            lines.append(prefix + key + ": " + _flow(p[key]))
    here = _os.path.dirname(_os.path.abspath(__file__))
    with open(_os.path.join(here, path), "w") as f:
        f.write("\n".join(lines) + "\n")


# ---- helpers ----
def out_len(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

def tconv_len(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1

def xcorr1d(x, w, stride=1, pad=0):
    x = np.concatenate([np.zeros(pad), np.asarray(x, float), np.zeros(pad)])
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])

def xcorr2d(X, K):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    H, W = X.shape[0] - kh + 1, X.shape[1] - kw + 1
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K) for j in range(W)] for i in range(H)])

def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    H = (X.shape[0] - k) // s + 1; W = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(W)] for i in range(H)])

def tconv2d(Z, K, s):
    Z = np.asarray(Z, float); K = np.asarray(K, float)
    kh, kw = K.shape
    out = np.zeros(((Z.shape[0] - 1) * s + kh, (Z.shape[1] - 1) * s + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i * s:i * s + kh, j * s:j * s + kw] += Z[i, j] * K
    return out

def ints(a):
    return [[int(round(v)) for v in row] for row in np.atleast_2d(a)] if np.ndim(a) == 2 \
        else [int(round(v)) for v in a]

def r4(a):
    if np.ndim(a) == 0:
        return round(float(a), 4)
    if np.ndim(a) == 1:
        return [round(float(v), 4) for v in a]
    return [[round(float(v), 4) for v in row] for row in a]

parts = []
def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)

def noc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

# ---- Problem 1: output shapes ----
N, C, H = 16, 3, 96
# (a) 5x5, padding 'same', stride 1 -> padding 2
Ha = out_len(H, 5, 1, (5 - 1) // 2)
add("1a", "conv output shape ('same' padding)", "shape", [N, 32, Ha, Ha], layout="NCHW")
Hb = out_len(H, 5, 3, 2)
add("1b", "conv output shape (stride)", "shape", [N, 32, Hb, Hb], layout="NCHW")
Hc = out_len(H, 7, 1, 3, 2)
add("1c", "conv output shape (dilation)", "shape", [N, 24, Hc, Hc], layout="NCHW")
Hd = out_len(Ha, 3, 2, 1)
add("1d", "max pool output shape", "shape", [N, 32, Hd, Hd], layout="NCHW")
He = tconv_len(Hb, 3, 2, 1, 1)
add("1e", "transposed conv output shape", "shape", [N, 8, He, He], layout="NCHW")

# ---- Problem 2: convolution by hand ----
x = [3, 1, -2, 0, 4, 2, -1]
w = np.array([2, -1, 1], float)
add("2a", "1D cross-correlation", "vector", ints(xcorr1d(x, w)))
add("2b", "1D cross-correlation (padding, stride)", "vector", ints(xcorr1d(x, w, 2, 1)))
add("2c", "1D true convolution (flipped kernel)", "vector", ints(xcorr1d(x, w[::-1])))
X = np.array([[1, 0, 2, -1], [3, 1, 0, 2], [-2, 1, 1, 0], [0, 2, -1, 3]], float)
K = np.array([[1, -1], [0, 2]], float)
Y = xcorr2d(X, K)
add("2d", "2D cross-correlation", "matrix", ints(Y))
add("2e", "max pooling", "matrix", ints(pool2d(X, 2, 2, np.max)))
add("2f", "average pooling", "matrix", r4(pool2d(Y, 2, 1, np.mean)), tolerance=0.001)
Z = np.array([[1, -2], [0, 3]], float)
Kt = np.array([[1, 2], [-1, 1]], float)
add("2g", "transposed convolution", "matrix", ints(tconv2d(Z, Kt, 2)))
s = np.array([1, 2, -1, 3], float)
yv = np.array([4, 3, 1], float)
A = np.array([s[i:i + 2] for i in range(3)])
u, *_ = np.linalg.lstsq(A, yv, rcond=None)
assert np.allclose(A @ u, yv)
add("2h", "recover filter from input/output", "vector", r4(u), tolerance=0.001)
noc("2i", "explain in words (checkerboard artifacts)")

# ---- Problem 3: parameter counts ----
conv1 = 3 * 3 * 3 * 64 + 64
bn1 = 2 * 64
conv2 = (64 * 3 * 3 + 64) + (64 * 128 + 128)
std = 3 * 3 * 64 * 128 + 128
conv3 = 3 * 3 * (128 // 4) * 128
fc = 128 * 10 + 10
add("3a", "conv parameter count", "integer", conv1)
add("3b", "depthwise separable parameter count", "integer", conv2)
add("3c", "parameter ratio standard/separable", "real", round(std / conv2, 2), tolerance=0.01)
add("3d", "grouped conv parameter count", "integer", conv3)
add("3e", "total parameter count (conv+bn+linear)", "integer", conv1 + bn1 + conv2 + conv3 + fc)
add("3f", "conv MACs", "integer", 32 * 32 * 64 * (3 * 3 * 3))
# receptive field: (kernel, stride) list
r, j = 1, 1
for k, st in [(3, 1), (2, 2), (3, 1), (3, 1)]:
    r += (k - 1) * j
    j *= st
add("3g", "receptive field", "integer", r)
counts = {"A": conv1, "B": bn1, "C": conv2, "D": conv3, "E": fc}
add("3h", "largest layer (multiple choice)", "choice", max(counts, key=counts.get))

write_yaml("hw2-convnets-article", "problems.tex", parts)
