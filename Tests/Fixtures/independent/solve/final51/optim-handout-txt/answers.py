"""Recompute every computable answer of optim-handout-txt/problems.txt and write expected.yaml."""
import json
import math
import os
import numpy as np
import yaml

SET = "optim-handout-txt"
SOURCE = "problems.txt"
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


# ---- Question 1
z = np.array([2.0, -1.0, 0.5])
sig = 1 / (1 + np.exp(-z))
add("1a", "sigmoid", "vector", sig, tol=1e-4)
add("1b", "tanh derivative", "vector", 1 - np.tanh(z) ** 2, tol=1e-4)


def softmax(v):
    e = np.exp(v - np.max(v))
    return e / e.sum()


add("1c", "softmax", "vector", softmax(z), tol=1e-4)
add("1d", "softmax shift invariance (true/false)", "boolean", bool(np.allclose(softmax(z + 100), softmax(z))))
add("1e", "leaky ReLU derivative", "vector", np.where(z > 0, 1.0, 0.01), tol=1e-6)

# ---- Question 2
s = np.array([1.0, 3.0, -0.5]); y = 0
p = softmax(s)
add("2a", "cross-entropy loss", "real", -np.log(p[y]), tol=1e-4)
onehot = np.eye(3)[y]
add("2b", "cross-entropy gradient wrt logits", "vector", p - onehot, tol=1e-4)
hinge = sum(max(0.0, s[j] - s[y] + 1) for j in range(3) if j != y)
add("2c", "multiclass hinge loss", "real", hinge, tol=1e-6)
pred = np.array([2.5, 0.0, 2.1, 7.8]); tgt = np.array([3.0, -0.5, 2.0, 7.0])
add("2d", "MSE loss", "real", np.mean((pred - tgt) ** 2), tol=1e-4)
add("2e", "binary cross-entropy", "real", -np.log(1 - 0.9), tol=1e-4)

# ---- Question 3
def grad(w):
    return np.array([w[0], 10 * w[1]])


w0 = np.array([1.0, 1.0]); eta = 0.1
add("3a", "SGD step", "vector", w0 - eta * grad(w0), tol=1e-6)
w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("3b", "momentum steps", "vector", w, tol=1e-6)
w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    v = 0.9 * v - eta * grad(w + 0.9 * v)
    w = w + v
add("3c", "Nesterov momentum steps", "vector", w, tol=1e-6)
b1, b2, eps = 0.9, 0.999, 1e-8
g = grad(w0)
m = (1 - b1) * g; vv = (1 - b2) * g ** 2
mh = m / (1 - b1); vh = vv / (1 - b2)
w_adam = w0 - eta * mh / (np.sqrt(vh) + eps)
add("3d", "Adam step", "vector", np.round(w_adam, 6), tol=1e-6)
lam = 0.01
add("3e", "SGD with weight decay", "vector", w0 - eta * (grad(w0) + lam * w0), tol=1e-6)
nc("3f", "explain in words")

# ---- Question 4
emax, emin, T, t = 0.1, 0.001, 100, 25
add("4a", "cosine learning-rate schedule", "real", emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), tol=1e-5)
add("4b", "linear warm-up schedule", "real", 3e-4 * 200 / 500, tol=1e-8)
add("4c", "step learning-rate schedule", "real", 0.1 * 0.1 ** (75 // 30), tol=1e-8)

# ---- Question 5
x = np.array([0, 1, 2, 3], float); yv = np.array([1, 3, 2, 5], float)
X = np.column_stack([np.ones_like(x), x])
w_ls = np.linalg.solve(X.T @ X, X.T @ yv)
add("5a", "least squares closed form", "vector", w_ls, tol=1e-4)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ yv)
add("5b", "ridge closed form", "vector", w_r, tol=1e-4)
add("5c", "least squares prediction", "real", w_ls @ np.array([1.0, 4.0]), tol=1e-4)
add("5d", "least squares training MSE", "real", np.mean((X @ w_ls - yv) ** 2), tol=1e-4)
nc("5e", "derive a formula")

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
