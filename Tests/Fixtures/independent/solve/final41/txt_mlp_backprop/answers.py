#!/usr/bin/env python3
"""Recompute every answer of txt_mlp_backprop/problems.txt and write expected.yaml."""
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
    return np.round(np.asarray(a, float), 4) + 0.0

def softmax(z):
    z = np.asarray(z, float)
    e = np.exp(z - z.max())
    return e / e.sum()

def sigmoid(z):
    return 1 / (1 + np.exp(-np.asarray(z, float)))

parts = []
def add(**kw):
    parts.append(kw)

# ---- Q1 ----
z = np.array([-2, -0.5, 0, 1.5])
add(id="1a", computable=True, family="ReLU", answer_kind="vector", answer=r4(np.maximum(z, 0)), tolerance=0.001)
add(id="1b", computable=True, family="sigmoid", answer_kind="vector", answer=r4(sigmoid(z)), tolerance=0.001)
add(id="1c", computable=True, family="tanh derivative", answer_kind="vector", answer=r4(1 - np.tanh(z) ** 2), tolerance=0.001)
add(id="1d", computable=True, family="sigmoid derivative", answer_kind="vector", answer=r4(sigmoid(z) * (1 - sigmoid(z))), tolerance=0.001)
add(id="1e", computable=False, why="ambiguous: ReLU is not differentiable at 0 and the handout fixes no subgradient convention")
add(id="1f", computable=True, family="softmax", answer_kind="vector", answer=r4(softmax(z)), tolerance=0.001)

# ---- Q2 ----
s = np.array([2.0, -1.0, 0.5]); y = 3 - 1          # classes numbered from 1
p = softmax(s)
add(id="2a", computable=True, family="cross-entropy loss", answer_kind="real", answer=float(r4(-np.log(p[y]))), tolerance=0.001)
hinge = sum(max(0.0, s[j] - s[y] + 1) for j in range(3) if j != y)
add(id="2b", computable=True, family="multiclass hinge loss", answer_kind="real", answer=float(r4(hinge)), tolerance=0.001)
add(id="2c", computable=True, family="cross-entropy gradient wrt logits", answer_kind="vector", answer=r4(p - np.eye(3)[y]), tolerance=0.001)
q = np.array([0.2, 0.7, 0.1]); t = np.eye(3)[2 - 1]
add(id="2d", computable=True, family="MSE loss", answer_kind="real", answer=float(r4(np.mean((q - t) ** 2))), tolerance=0.001)
add(id="2e", computable=True, family="binary cross-entropy", answer_kind="real", answer=float(r4(-np.log(1 - 0.8))), tolerance=0.001)

# ---- Q3 ----
W1 = np.array([[1, 2], [0, -1], [3, 1]], float); b1 = np.array([0, 1, -1], float)
W2 = np.array([[1, -1, 2]], float); b2 = np.array([0.5])
x = np.array([1, -1], float); tt = 2.0
a1 = W1 @ x + b1; h = np.maximum(a1, 0); out = W2 @ h + b2
dy = out - tt
dW2 = np.outer(dy, h)
db1 = (W2.T @ dy) * (a1 > 0)
add(id="3a", computable=True, family="MLP forward (hidden layer)", answer_kind="vector", answer=r4(h), tolerance=0.001)
add(id="3b", computable=True, family="MLP forward (output)", answer_kind="real", answer=float(r4(out[0])), tolerance=0.001)
add(id="3c", computable=True, family="backprop: weight gradient", answer_kind="vector", answer=r4(dW2[0]), tolerance=0.001)
add(id="3d", computable=True, family="backprop: bias gradient", answer_kind="vector", answer=r4(db1), tolerance=0.001)
add(id="3e", computable=True, family="MLP parameter count", answer_kind="integer", answer=int(W1.size + b1.size + W2.size + b2.size))

# ---- Q4: f = (x + y) * max(y, z) ----
xv, yv, zv = -2.0, 3.0, 1.0
q4 = xv + yv; r = max(yv, zv); f = q4 * r
df = np.array([r, r + q4 * (yv > zv), q4 * (zv > yv)])
add(id="4a", computable=True, family="computational graph forward", answer_kind="real", answer=float(f), tolerance=0.001)
add(id="4b", computable=True, family="backprop through a tiny graph", answer_kind="vector", answer=r4(df), tolerance=0.001)
add(id="4c", computable=False, why="draw / sketch the graph")

# ---- Q5 ----
rf = 1
for d in (1, 2, 4):
    rf += (3 - 1) * d
add(id="5a", computable=True, family="receptive field (dilated)", answer_kind="integer", answer=rf)
add(id="5b", computable=True, family="conv output shape ('same' padding)", answer_kind="shape", answer=[8, 16, 32, 32], layout="NCHW")
fm = np.array([[[1, 3], [5, 7]], [[0, -2], [4, 2]]], float)
add(id="5c", computable=True, family="global average pooling", answer_kind="vector", answer=r4(fm.mean(axis=(1, 2))), tolerance=0.001)

write_yaml("txt_mlp_backprop", "problems.txt", parts)
