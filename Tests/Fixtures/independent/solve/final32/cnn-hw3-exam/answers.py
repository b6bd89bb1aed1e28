#!/usr/bin/env python3
"""Recompute every answer of Homework 3 (cnn-hw3-exam) and write expected.yaml."""
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


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def xcorr2d(x, k, stride=1, pad=0):
    x = np.pad(x, pad)
    kh, kw = k.shape
    oh = (x.shape[0] - kh) // stride + 1
    ow = (x.shape[1] - kw) // stride + 1
    y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            y[i, j] = np.sum(x[i * stride:i * stride + kh, j * stride:j * stride + kw] * k)
    return y


def maxpool2d(x, k, s):
    oh = (x.shape[0] - k) // s + 1
    ow = (x.shape[1] - k) // s + 1
    return np.array([[x[i * s:i * s + k, j * s:j * s + k].max() for j in range(ow)]
                     for i in range(oh)])


parts = []

# ---------------- Question 1: shapes ----------------
H = 128
h1 = conv_out(H, 7, s=2, p=3)                 # L1
h2 = conv_out(h1, 3, s=2, p=1)                # L2 maxpool
h3 = h2                                       # L3 'same', stride 1
h4 = conv_out(h3, 3, s=1, p=0, d=2)           # L4 dilated
h5 = conv_out(h4, 2, s=2)                     # L5 avgpool
parts += [
    dict(id="1a", computable=True, family="conv output shape", answer_kind="shape",
         answer=[32, h1, h1], layout="CHW"),
    dict(id="1b", computable=True, family="pooling output shape", answer_kind="shape",
         answer=[32, h2, h2], layout="CHW"),
    dict(id="1c", computable=True, family="dilated conv output shape", answer_kind="shape",
         answer=[64, h4, h4], layout="CHW"),
    dict(id="1d", computable=True, family="pooling output shape", answer_kind="shape",
         answer=[64, h5, h5], layout="CHW"),
]
# padding so that dilated 3x3 preserves size: effective kernel d*(k-1)+1
k_eff = 2 * (3 - 1) + 1
pad_same = (k_eff - 1) // 2
assert conv_out(h3, 3, s=1, p=pad_same, d=2) == h3
parts.append(dict(id="1e", computable=True, family="padding for same output",
                  answer_kind="integer", answer=pad_same))

# ---------------- Question 2: conv by hand ----------------
X = np.array([[1, 0, 2, 1, 0],
              [0, 1, 3, 1, 2],
              [2, 1, 0, 0, 1],
              [1, 3, 1, 2, 0],
              [0, 2, 1, 1, 3]], dtype=float)
K = np.array([[1, 0, -1],
              [2, 0, -2],
              [1, 0, -1]], dtype=float)
Ya = xcorr2d(X, K)
Yb = xcorr2d(X, K, stride=2, pad=1)
Yc = xcorr2d(X, K[::-1, ::-1])
Yd = maxpool2d(Ya, 2, 1)
Ye = Ya.mean()
parts += [
    dict(id="2a", computable=True, family="2D cross-correlation", answer_kind="matrix",
         answer=Ya.astype(int)),
    dict(id="2b", computable=True, family="2D cross-correlation stride padding",
         answer_kind="matrix", answer=Yb.astype(int)),
    dict(id="2c", computable=True, family="2D true convolution (flipped kernel)",
         answer_kind="matrix", answer=Yc.astype(int)),
    dict(id="2d", computable=True, family="max pooling", answer_kind="matrix",
         answer=Yd.astype(int)),
    dict(id="2e", computable=True, family="global average pooling", answer_kind="real",
         answer=Ye, tolerance=0.001),
    dict(id="2f", computable=False, why="explain in words"),
]

# ---------------- Question 3: cheaper convolutions ----------------
cin, cout, k, hw = 64, 128, 3, 56
w_std = cout * cin * k * k
w_dws = cin * k * k + cin * cout
groups = 4
p_grp = cout * (cin // groups) * k * k + cout
out_hw = conv_out(hw, 3, 1, 1)
macs_std = w_std * out_hw * out_hw
macs_dws = w_dws * out_hw * out_hw
ratio = macs_std / macs_dws
options = {"A": 3, "B": 8.4, "C": 9, "D": 64}
choice = min(options, key=lambda c: abs(options[c] - ratio))
tf = (64 * 64 * 1 * 1) < (64 * 3 * 3)
parts += [
    dict(id="3a", computable=True, family="conv parameter count", answer_kind="integer",
         answer=w_std),
    dict(id="3b", computable=True, family="depthwise separable parameter count",
         answer_kind="integer", answer=w_dws),
    dict(id="3c", computable=True, family="grouped conv parameter count",
         answer_kind="integer", answer=p_grp),
    dict(id="3d", computable=True, family="conv MACs (millions)", answer_kind="real",
         answer=macs_std / 1e6, tolerance=0.01),
    dict(id="3e", computable=True, family="MAC ratio depthwise separable",
         answer_kind="choice", answer=choice),
    dict(id="3f", computable=True, family="parameter count comparison",
         answer_kind="boolean", answer=tf),
]

# ---------------- Question 4: receptive fields ----------------
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 2, 1), (3, 1, 2)]  # (k, s, d)
r, j, rf = 1, 1, []
for kk, ss, dd in layers:
    r += dd * (kk - 1) * j
    j *= ss
    rf.append(r)
parts += [
    dict(id="4a", computable=True, family="receptive field", answer_kind="integer",
         answer=rf[3]),
    dict(id="4b", computable=True, family="receptive field", answer_kind="integer",
         answer=rf[5]),
    dict(id="4c", computable=False, why="explain in words"),
]

# ---------------- Question 5: transposed conv ----------------
w = np.array([1, -1, 2])
x = np.array([1, 2, -1])
s = 2
L = (len(x) - 1) * s + len(w)
y = np.zeros(L, dtype=int)
for i, xi in enumerate(x):
    y[i * s:i * s + len(w)] += xi * w
hout = (14 - 1) * 2 - 2 * 1 + (4 - 1) + 1
parts += [
    dict(id="5a", computable=True, family="transposed conv output length",
         answer_kind="integer", answer=L),
    dict(id="5b", computable=True, family="1D transposed convolution", answer_kind="vector",
         answer=y),
    dict(id="5c", computable=True, family="transposed conv output shape", answer_kind="shape",
         answer=[8, hout, hout], layout="CHW"),
    dict(id="5d", computable=False, why="sketch / explain"),
]

if __name__ == "__main__":
    print("Ya=\n", Ya, "\nYb=\n", Yb, "\nYd=\n", Yd, "\nmean", Ye, "ratio", ratio, rf, y)
    write_yaml("cnn-hw3-exam", "problems.tex", parts)
