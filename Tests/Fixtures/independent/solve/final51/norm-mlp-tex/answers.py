"""Recompute every computable answer of norm-mlp-tex/problems.tex and write expected.yaml."""
import json
import math
import os
import numpy as np
import yaml

SET = "norm-mlp-tex"
SOURCE = "problems.tex"
parts = []


def py(v):
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, float):
            x = float(f"{x:.6g}")  # 6 significant digits; tolerances are given per part
            if x == int(x):
                x = int(x)
        return x
    return [py(e) for e in a]


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer) if kind not in ("choice", "boolean") else answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0):
    return (n - 1) * s - 2 * p + k + op


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def xcorr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


# ---- Problem 1: batch norm (biased variance, eps = 0 unless stated)
Xb = np.array([[1, 2], [2, -2], [4, 0], [9, 4]], float)
gamma = np.array([1.0, 2.0]); beta = np.array([0.0, 1.0])
mu = Xb.mean(axis=0)
var = Xb.var(axis=0)  # biased (ddof=0)
add("1a", "batch norm statistics (variance)", "vector", var, tol=1e-4)
xhat = (Xb - mu) / np.sqrt(var)
Yb = gamma * xhat + beta
add("1b", "batch norm forward", "matrix", Yb, tol=1e-3)
x1 = np.array([[3.0, -1.0]])
xh1 = (x1 - x1.mean(axis=0)) / np.sqrt(x1.var(axis=0) + 1e-5)
add("1c", "batch norm forward, batch of one", "vector", (gamma * xh1 + beta)[0], tol=1e-4)
dy = np.array([2.0, 0.0, -1.0, 1.0])
xh = xhat[:, 0]; sd = np.sqrt(var[0]); g1 = gamma[0]
dx = g1 / sd * (dy - dy.mean() - xh * np.mean(dy * xh))
add("1d", "batch norm input gradient", "vector", dx, tol=1e-3)
add("1e", "batch norm gamma/beta gradient", "vector", [np.sum(dy * xh), np.sum(dy)], tol=1e-3)
nc("1f", "explain in words")

# ---- Problem 2
h = np.array([2.0, 4.0, 6.0, 8.0])
add("2a", "layer norm forward", "vector", (h - h.mean()) / np.sqrt(h.var()), tol=1e-3)
add("2b", "layer norm parameter count", "integer", 2 * 4)
c1 = np.array([[2.0, 2.0], [2.0, 6.0]])
add("2c", "instance norm forward", "matrix", (c1 - c1.mean()) / np.sqrt(c1.var()), tol=1e-3)
# BN over (N,H,W) per channel with N=1 == IN over (H,W) per channel: check numerically
T = np.array([[[[1, 3], [5, 7]], [[2, 2], [2, 6]]]], float)
bn = (T - T.mean(axis=(0, 2, 3), keepdims=True)) / np.sqrt(T.var(axis=(0, 2, 3), keepdims=True))
inn = (T - T.mean(axis=(2, 3), keepdims=True)) / np.sqrt(T.var(axis=(2, 3), keepdims=True))
add("2d", "batch norm vs instance norm, batch of one (true/false)", "boolean", bool(np.allclose(bn, inn)))

# ---- Problem 3: dropout, drop rate 0.25
hd = np.array([2.0, 0.0, 4.0, 1.0, 3.0]); p_drop = 0.25; q = 1 - p_drop
mask = np.array([1, 0, 1, 1, 0], float)
add("3a", "inverted dropout forward", "vector", hd * mask / q, tol=1e-3)
add("3b", "classic dropout test-time scaling", "vector", hd * q, tol=1e-6)
a = 4.0
add("3c", "dropout expectation", "real", q * (a / q) + (1 - q) * 0.0, tol=1e-6)
add("3d", "dropout variance", "real", q * (a / q) ** 2 - a ** 2, tol=1e-3)

# ---- Problem 4: tiny MLP
W1 = np.array([[1, -0.5], [0.5, 1], [-1, -1]]); b1 = np.array([0.5, 1, 0])
W2 = np.array([[0.4, -0.3, -1.0]]); b2 = -0.2
x = np.array([1.0, -2.0]); y = 1.0
z1 = W1 @ x + b1
hh = np.maximum(z1, 0)
z2 = (W2 @ hh)[0] + b2
yhat = 1 / (1 + np.exp(-z2))
L = -(y * np.log(yhat) + (1 - y) * np.log(1 - yhat))
add("4a", "MLP forward (pre-activation)", "vector", z1, tol=1e-6)
add("4b", "MLP forward (ReLU)", "vector", hh, tol=1e-6)
add("4c", "MLP forward (sigmoid output)", "real", yhat, tol=1e-4)
add("4d", "binary cross-entropy loss", "real", L, tol=1e-4)
dz2 = yhat - y
add("4e", "MLP backprop (output weights)", "vector", dz2 * hh, tol=1e-4)
add("4f", "MLP backprop (hidden bias)", "vector", dz2 * W2[0] * (z1 > 0), tol=1e-4)

# ---- Problem 5: f = (x + y) * max(y, z)
xv, yv, zv = 1.0, 2.0, 0.0
qv = xv + yv; mv = max(yv, zv)
add("5a", "computational graph forward", "real", qv * mv, tol=1e-9)
dq, dm = mv, qv
grad = [dq * 1.0, dq * 1.0 + dm * (1.0 if yv >= zv else 0.0), dm * (1.0 if zv > yv else 0.0)]
add("5b", "backprop through a small graph", "vector", grad, tol=1e-9)
nc("5c", "explain in words")

out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml")


def emit(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        r = repr(v)
        if "e" in r and "." not in r.split("e")[0]:
            r = r.replace("e", ".0e")
        return r
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(emit(e) for e in v) + "]"
    return json.dumps(v)


lines = ["set: " + SET, "source: " + SOURCE, "parts:"]
for p in parts:
    first = True
    for k, v in p.items():
        lines.append(("  - " if first else "    ") + k + ": " + (v if k in ("id", "family", "answer_kind", "layout") and isinstance(v, str) and ":" not in v else emit(v)))
        first = False
text = "\n".join(lines) + "\n"
for a_, b_ in zip(yaml.safe_load(text)["parts"], parts):
    assert a_ == b_, (a_, b_)
with open(out_path, "w") as fh:
    fh.write(text)
print(text)
