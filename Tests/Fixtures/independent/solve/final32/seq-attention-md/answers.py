#!/usr/bin/env python3
"""Recompute every answer of Assignment 5 (seq-attention-md) and write expected.yaml."""
import os
import numpy as np
import yaml


def _clean(v):
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return [_clean(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return round(float(v), 6) + 0.0  # no -0.0
    return v


def write_yaml(set_name, source, parts):
    out = {"set": set_name, "source": source, "parts": []}
    for p in parts:
        q = {k: (_clean(p[k]) if k == "answer" else p[k])
             for k in ("id", "computable", "family", "answer_kind", "answer", "layout",
                       "tolerance", "why") if k in p}
        out["parts"].append(q)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "expected.yaml"), "w") as fh:
        yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None, width=100)


def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


parts = []
TOL = 0.001

# ---------------- Q1: parameter counts ----------------
p_emb = 10000 * 256


def rnn_params(gates, inp, hid, layers=1, bidir=False):
    dirs = 2 if bidir else 1
    total = 0
    for l in range(layers):
        in_l = inp if l == 0 else hid * dirs
        total += dirs * gates * (hid * in_l + hid * hid + 2 * hid)
    return total


p_lstm = rnn_params(4, 256, 512, layers=2)
p_gru = rnn_params(3, 256, 128, bidir=True)
E = 256
p_mha = 3 * E * E + 3 * E + E * E + E      # in_proj (W,b) + out_proj (W,b)
p_head = 512 * 10000 + 10000
macs_head = 20 * 35 * 512 * 10000
mods = {"A": p_emb, "B": p_lstm, "C": p_gru, "D": p_head, "E": p_mha}
biggest = max(mods, key=mods.get)
parts += [
    dict(id="1a", computable=True, family="embedding parameter count", answer_kind="integer",
         answer=p_emb),
    dict(id="1b", computable=True, family="LSTM parameter count", answer_kind="integer",
         answer=p_lstm),
    dict(id="1c", computable=True, family="GRU parameter count (bidirectional)",
         answer_kind="integer", answer=p_gru),
    dict(id="1d", computable=True, family="multi-head attention parameter count",
         answer_kind="integer", answer=p_mha),
    dict(id="1e", computable=True, family="linear layer MACs (billions)", answer_kind="real",
         answer=macs_head / 1e9, tolerance=0.001),
    dict(id="1f", computable=True, family="largest parameter count", answer_kind="choice",
         answer=biggest),
    dict(id="1g", computable=False, why="explain / discuss"),
]

# ---------------- Q2: attention ----------------
Q = np.array([[1., 0.], [0., 1.]])
K = np.array([[1., 1.], [1., -1.], [0., 2.]])
V = np.array([[1., 0.], [0., 1.], [2., 2.]])
dk = 2
S = Q @ K.T
A = softmax(S / np.sqrt(dk), axis=1)
O = A @ V
S_mask = S.copy() / np.sqrt(dk)
S_mask[:, 2] = -np.inf
A_mask = softmax(S_mask, axis=1)
o1_mask = (A_mask @ V)[0]
parts += [
    dict(id="2a", computable=True, family="attention raw scores", answer_kind="matrix",
         answer=S.astype(int)),
    dict(id="2b", computable=True, family="attention weights (scaled softmax)",
         answer_kind="matrix", answer=A, tolerance=TOL),
    dict(id="2c", computable=True, family="attention output", answer_kind="matrix", answer=O,
         tolerance=TOL),
    dict(id="2d", computable=True, family="masked attention output", answer_kind="vector",
         answer=o1_mask, tolerance=TOL),
    dict(id="2e", computable=False, why="explain in words"),
]

# ---------------- Q3: softmax / CE ----------------
z = np.array([2.0, 1.0, -1.0, 0.5])
y = np.array([1., 0., 0., 0.])
p = softmax(z)
ce = -np.log(p[0])
dz = p - y
eps, Kc = 0.1, 4
t = (1 - eps) * y + eps / Kc
ce_ls = -np.sum(t * np.log(p))
changes = not np.isclose(-np.log(softmax(z + 5)[0]), ce)
parts += [
    dict(id="3a", computable=True, family="softmax", answer_kind="vector", answer=p,
         tolerance=TOL),
    dict(id="3b", computable=True, family="cross-entropy loss", answer_kind="real", answer=ce,
         tolerance=TOL),
    dict(id="3c", computable=True, family="softmax cross-entropy gradient",
         answer_kind="vector", answer=dz, tolerance=TOL),
    dict(id="3d", computable=True, family="cross-entropy with label smoothing",
         answer_kind="real", answer=ce_ls, tolerance=TOL),
    dict(id="3e", computable=True, family="softmax shift invariance", answer_kind="boolean",
         answer=changes),
    dict(id="3f", computable=False, why="derive a general formula"),
]

# ---------------- Q4: 1-D conv ----------------
x = np.array([3., 1., 0., 2., 4., 1.])
w = np.array([1., 2., -1.])


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(x, pad)
    n = (len(x) - len(w)) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + len(w)], w) for i in range(n)])


ya = xcorr1d(x, w)
yb = xcorr1d(x, w, stride=2, pad=1)
xin = np.array([1., 2., 0., -1.])
yout = np.array([5., -2., -3.])
M = np.column_stack([xin[:-1], xin[1:]])          # y_i = a0 x_i + a1 x_{i+1}
a, res, *_ = np.linalg.lstsq(M, yout, rcond=None)
assert np.allclose(M @ a, yout)
a_flip = a[::-1]
assert np.allclose(np.convolve(xin, a_flip, mode="valid"), yout)
parts += [
    dict(id="4a", computable=True, family="1D cross-correlation", answer_kind="vector",
         answer=ya.astype(int)),
    dict(id="4b", computable=True, family="1D cross-correlation stride padding",
         answer_kind="vector", answer=yb.astype(int)),
    dict(id="4c", computable=True, family="recover filter from input and output",
         answer_kind="vector", answer=np.round(a, 9), tolerance=TOL),
    dict(id="4d", computable=True, family="recover flipped filter (true convolution)",
         answer_kind="vector", answer=np.round(a_flip, 9), tolerance=TOL),
]

if __name__ == "__main__":
    print(p_lstm, p_gru, p_mha, p_head, S, A, O, sep="\n")
    write_yaml("seq-attention-md", "problems.md", parts)
