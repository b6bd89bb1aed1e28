#!/usr/bin/env python3
"""Recompute every answer of sty_norm_optim/problems.tex and write expected.yaml."""
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

def r4(a):
    return np.round(np.asarray(a, float), 4)

parts = []
def add(**kw):
    parts.append(kw)

# ---- Exercise 3.1: batch norm, training mode, eps = 0, biased variance ----
def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, var

def bn_backward(dy, xhat, var, gamma, eps):
    N = len(dy)
    dxhat = dy * gamma
    dx = (dxhat - dxhat.mean() - xhat * (dxhat * xhat).mean()) / np.sqrt(var + eps)
    return dx, np.sum(dy * xhat), np.sum(dy)

x = np.array([1, 3, 4, 8], float)
gamma, beta = 2.0, -1.0
y, xhat, var = bn_forward(x, gamma, beta, 0.0)
add(id="3.1a", computable=True, family="batch norm forward", answer_kind="vector", answer=r4(y), tolerance=0.001)
dy = np.array([1, 0, -1, 2], float)
dx, dgamma, dbeta = bn_backward(dy, xhat, var, gamma, 0.0)
# cross-check dx numerically
def loss(xx):
    return np.sum(dy * bn_forward(xx, gamma, beta, 0.0)[0])
num = np.array([(loss(x + h) - loss(x - h)) / 2e-6 for h in np.eye(4) * 1e-6])
assert np.allclose(num, dx, atol=1e-5)
add(id="3.1b", computable=True, family="batch norm parameter gradients", answer_kind="vector", answer=r4([dgamma, dbeta]), tolerance=0.001)
add(id="3.1c", computable=True, family="batch norm input gradient", answer_kind="vector", answer=r4(dx), tolerance=0.001)
x1 = np.array([5.0])
y1, xhat1, var1 = bn_forward(x1, gamma, beta, 1e-5)
add(id="3.1d", computable=True, family="batch norm, batch of one", answer_kind="real", answer=float(r4(y1[0])), tolerance=0.001)
dx1, _, _ = bn_backward(np.array([3.0]), xhat1, var1, gamma, 1e-5)
add(id="3.1e", computable=True, family="batch norm gradient, batch of one", answer_kind="real", answer=float(r4(dx1[0])) + 0.0, tolerance=0.001)

# ---- Exercise 3.2: layer norm and dropout ----
h = np.array([2, 4, 6, 0], float)
ln = (h - h.mean()) / np.sqrt(((h - h.mean()) ** 2).mean())
add(id="3.2a", computable=True, family="layer norm forward", answer_kind="vector", answer=r4(ln), tolerance=0.001)
a = np.array([2.0, -1.0, 0.5, 3.0])
m = np.array([1, 0, 1, 1], float)
p = 0.25
add(id="3.2b", computable=True, family="inverted dropout (training)", answer_kind="vector", answer=r4(a * m / (1 - p)), tolerance=0.001)
add(id="3.2c", computable=True, family="classic dropout (test-time scaling)", answer_kind="vector", answer=r4(a * (1 - p)), tolerance=0.001)
u = 2.0
vals = np.array([u / (1 - p), 0.0]); probs = np.array([1 - p, p])
mean = vals @ probs
add(id="3.2d", computable=True, family="dropout variance", answer_kind="real", answer=float(r4(((vals - mean) ** 2) @ probs)), tolerance=0.001)
add(id="3.2e", computable=False, why="explain in words")

# ---- Exercise 3.3: optimizers on L = 0.5 (w1^2 + 10 w2^2) ----
def grad(w):
    return np.array([1.0, 10.0]) * w
w0 = np.array([1.0, 1.0]); lr = 0.1
add(id="3.3a", computable=True, family="SGD step", answer_kind="vector", answer=r4(w0 - lr * grad(w0)), tolerance=0.001)
w = w0.copy(); v = np.zeros(2); mu = 0.9
for _ in range(2):
    v = mu * v + grad(w); w = w - lr * v
add(id="3.3b", computable=True, family="SGD with momentum (2 steps)", answer_kind="vector", answer=r4(w), tolerance=0.001)
w = w0.copy(); v = np.zeros(2)
g = grad(w); v = mu * v + g; w = w - lr * (g + mu * v)
add(id="3.3c", computable=True, family="Nesterov momentum step (PyTorch form)", answer_kind="vector", answer=r4(w), tolerance=0.001)
b1, b2, eps = 0.9, 0.999, 1e-8
w = w0.copy(); m1 = np.zeros(2); m2 = np.zeros(2); hist = []
for t in (1, 2):
    g = grad(w)
    m1 = b1 * m1 + (1 - b1) * g
    m2 = b2 * m2 + (1 - b2) * g * g
    mh = m1 / (1 - b1 ** t); vh = m2 / (1 - b2 ** t)
    w = w - lr * mh / (np.sqrt(vh) + eps)
    hist.append(w.copy())
add(id="3.3d.i", computable=True, family="Adam step", answer_kind="vector", answer=r4(hist[0]), tolerance=0.001)
add(id="3.3d.ii", computable=True, family="Adam (2 steps)", answer_kind="vector", answer=r4(hist[1]), tolerance=0.001)
wd = 0.01
add(id="3.3e", computable=True, family="SGD with weight decay", answer_kind="vector", answer=r4(w0 - lr * (grad(w0) + wd * w0)), tolerance=0.0001)
epoch = 75
add(id="3.3f", computable=True, family="step learning-rate schedule", answer_kind="real", answer=float(0.1 * 0.5 ** (epoch // 30)), tolerance=1e-6)
t, T = 25, 100
add(id="3.3g", computable=True, family="cosine learning-rate schedule", answer_kind="real", answer=float(r4(0 + 0.5 * (0.1 - 0) * (1 + np.cos(np.pi * t / T)))), tolerance=0.0001)

# ---- Exercise 3.4: least squares and ridge ----
xs = np.array([0, 1, 2, 3], float); ys = np.array([1, 2, 4, 5], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
add(id="3.4a", computable=True, family="least squares closed form", answer_kind="vector", answer=r4(w_ls), tolerance=0.001)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add(id="3.4b", computable=True, family="ridge closed form", answer_kind="vector", answer=r4(w_r), tolerance=0.001)
add(id="3.4c", computable=True, family="least squares prediction", answer_kind="real", answer=float(r4(w_ls @ [1, 4])), tolerance=0.001)
add(id="3.4d", computable=False, why="derive a general formula")

write_yaml("sty_norm_optim", "problems.tex", parts)
