#!/usr/bin/env python3
"""Recompute every answer of md_params_attention/problems.md and write expected.yaml."""
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

def softmax(z, axis=-1):
    z = np.asarray(z, float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)

def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)

def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)

def rnn_params(inp, hid, gates, layers=1, bidirectional=False):
    dirs = 2 if bidirectional else 1
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid * dirs
        total += dirs * gates * (hid * i + hid * hid + 2 * hid)
    return total

parts = []
def add(**kw):
    parts.append(kw)

# ---- Problem 1 ----
pa = conv_params(3, 64, 7)
pb = conv_params(64, 128, 3, bias=False)
pc = conv_params(64, 64, 3, groups=64, bias=False) + conv_params(64, 128, 1, bias=False)
add(id="1a", computable=True, family="conv parameter count", answer_kind="integer", answer=pa)
add(id="1b", computable=True, family="conv parameter count (no bias)", answer_kind="integer", answer=pb)
add(id="1c", computable=True, family="depthwise separable parameter count", answer_kind="integer", answer=pc)
add(id="1d", computable=True, family="grouped conv parameter count", answer_kind="integer", answer=conv_params(64, 128, 3, groups=4))
add(id="1e", computable=True, family="linear parameter count", answer_kind="integer", answer=linear_params(512, 10))
add(id="1f", computable=True, family="embedding parameter count", answer_kind="integer", answer=30000 * 256)
add(id="1g", computable=True, family="batch norm parameter count", answer_kind="integer", answer=2 * 128)
add(id="1h", computable=True, family="layer norm parameter count", answer_kind="integer", answer=2 * 768)

# ---- Problem 2 ----
add(id="2a", computable=True, family="LSTM parameter count (PyTorch biases)", answer_kind="integer", answer=rnn_params(128, 256, 4, layers=2))
g = rnn_params(64, 32, 3)
add(id="2b", computable=True, family="GRU parameter count (PyTorch biases)", answer_kind="integer", answer=g)
add(id="2c", computable=True, family="bidirectional GRU parameter count", answer_kind="integer", answer=rnn_params(64, 32, 3, bidirectional=True))
opts = {"A": rnn_params(100, 100, 4), "B": rnn_params(100, 130, 3), "C": rnn_params(100, 230, 1), "D": linear_params(256, 320)}
best = max(opts, key=opts.get)
assert sorted(opts.values())[-1] > sorted(opts.values())[-2]
add(id="2d", computable=True, family="parameter count comparison (multiple choice)", answer_kind="choice", answer=best)

# ---- Problem 3 ----
add(id="3a", computable=True, family="softmax", answer_kind="vector", answer=r4(softmax([2, 1, 0.1])), tolerance=0.001)
E, h = 512, 8
add(id="3b", computable=True, family="multi-head attention parameter count", answer_kind="integer", answer=3 * E * E + 3 * E + E * E + E)
add(id="3c", computable=True, family="attention head dimension", answer_kind="integer", answer=E // h)
Q = np.array([[1, 0], [1, 1]], float)
K = np.array([[1, 0], [0, 1], [1, -1]], float)
V = np.array([[1, 2], [0, 1], [3, 0]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
add(id="3d", computable=True, family="scaled attention scores", answer_kind="matrix", answer=r4(S), tolerance=0.001)
add(id="3e", computable=True, family="attention weights (softmax)", answer_kind="matrix", answer=r4(A), tolerance=0.001)
add(id="3f", computable=True, family="attention output", answer_kind="matrix", answer=r4(A @ V), tolerance=0.001)
add(id="3g", computable=False, why="explain in words")

# ---- Problem 4 ----
add(id="4a", computable=True, family="linear layer MACs", answer_kind="integer", answer=32 * 512 * 10)
Ho = (224 + 2 * 3 - 7) // 2 + 1
add(id="4b", computable=True, family="conv MACs", answer_kind="integer", answer=64 * Ho * Ho * 3 * 7 * 7)
add(id="4c", computable=True, family="MAC ratio standard vs depthwise separable", answer_kind="real", answer=float(r4(pb / pc)), tolerance=0.001)

write_yaml("md_params_attention", "problems.md", parts)
