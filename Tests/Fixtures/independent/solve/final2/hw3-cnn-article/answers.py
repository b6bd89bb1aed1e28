"""Recompute every computable answer of hw3-cnn-article and write expected.yaml."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def py(v):
    """Convert numpy values to plain Python for YAML."""
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        return int(f) if f.is_integer() else round(f, 6)
    if isinstance(v, np.bool_):
        return bool(v)
    return v


def conv_out(n, k, s=1, p=0, d=1):
    keff = d * (k - 1) + 1
    return (n + 2 * p - keff) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr2d(X, K, stride=1, pad=0):
    Xp = np.pad(X, pad)
    kh, kw = K.shape
    oh = (Xp.shape[0] - kh) // stride + 1
    ow = (Xp.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(Xp[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


parts = []


def add(pid, **kw):
    d = {"id": pid}
    d.update(kw)
    if "answer" in d:
        d["answer"] = py(d["answer"])
    parts.append(d)


# ---------------- Problem 1: output shapes ----------------
H = W = 64
# (a) Conv2d(3, 32, k=5, s=1, p=2)
a_hw = conv_out(H, 5, 1, 2)
add("1a", computable=True, family="conv output shape", answer_kind="shape",
    answer=[32, a_hw, a_hw], layout="CHW")
# (b) same with stride 2
b_hw = conv_out(H, 5, 2, 2)
add("1b", computable=True, family="conv output shape (stride)", answer_kind="shape",
    answer=[32, b_hw, b_hw], layout="CHW")
# (c) 16 filters 7x7, dilation 3, no padding, stride 1
c_hw = conv_out(H, 7, 1, 0, 3)
add("1c", computable=True, family="conv output shape (dilation)", answer_kind="shape",
    answer=[16, c_hw, c_hw], layout="CHW")
# (d) maxpool 3x3 s2 on output of (a)
d_hw = conv_out(a_hw, 3, 2, 0)
add("1d", computable=True, family="pooling output shape", answer_kind="shape",
    answer=[32, d_hw, d_hw], layout="CHW")
# (e) ConvTranspose2d(32, 8, k=4, s=2, p=1) on output of (b)
e_hw = convT_out(b_hw, 4, 2, 1)
add("1e", computable=True, family="transposed conv output shape", answer_kind="shape",
    answer=[8, e_hw, e_hw], layout="CHW")
# (f) TF 'same', stride 3 -> ceil(n / s)
f_hw = math.ceil(H / 3)
add("1f", computable=True, family="conv output shape ('same', TF)", answer_kind="shape",
    answer=[f_hw, f_hw, 10], layout="HWC")

# ---------------- Problem 2: convolution by hand ----------------
X = np.array([[1, 0, 2, 1, 0],
              [0, 1, 3, 0, 1],
              [2, 1, 0, 1, 2],
              [1, 0, 1, 2, 0],
              [0, 2, 1, 0, 1]], dtype=float)
K = np.array([[1, 2, 0],
              [0, 1, -1],
              [-1, 0, 1]], dtype=float)
Ya = xcorr2d(X, K)
add("2a", computable=True, family="2D cross-correlation by hand", answer_kind="matrix", answer=Ya)
Yb = xcorr2d(X, K, stride=2, pad=1)
add("2b", computable=True, family="2D cross-correlation with stride and padding",
    answer_kind="matrix", answer=Yb)
Yc = xcorr2d(X, K[::-1, ::-1])
add("2c", computable=True, family="true 2D convolution (flipped kernel)", answer_kind="integer",
    answer=Yc[0, 0])
# (d) xcorr(X, K) == conv(X, rot180(K)) always -- check on this instance and a random one
rng = np.random.default_rng(0)
Kr = rng.normal(size=(3, 3))
def true_conv(X, K):
    return xcorr2d(X, K[::-1, ::-1])
claim = bool(np.allclose(xcorr2d(X, Kr), true_conv(X, np.rot90(Kr, 2))) and
             np.allclose(Ya, true_conv(X, np.rot90(K, 2))))
add("2d", computable=True, family="convolution vs cross-correlation", answer_kind="boolean",
    answer=claim)
# (e) recover a 1D filter: y_i = sum_k w_k x_{i+k}
x = np.array([1, 2, 0, 1, 3], dtype=float)
y = np.array([-1, 4, 5], dtype=float)
A = np.array([x[i:i + 3] for i in range(3)])
w = np.linalg.solve(A, y)
add("2e", computable=True, family="recover filter from input and output", answer_kind="vector",
    answer=np.round(w, 10))
add("2f", computable=False, why="explain in words (equivariance / invariance)")

# ---------------- Problem 3: parameters and compute ----------------
cin, cout, k, hw = 64, 128, 3, 28
std = k * k * cin * cout + cout
add("3a", computable=True, family="conv parameter count", answer_kind="integer", answer=std)
dw = k * k * cin + cin
pw = cin * cout + cout
add("3b", computable=True, family="depthwise separable parameter count", answer_kind="integer",
    answer=dw + pw)
g = 4
grp = k * k * (cin // g) * cout + cout
add("3c", computable=True, family="grouped conv parameter count", answer_kind="integer",
    answer=grp)
macs_std = hw * hw * cout * k * k * cin
add("3d", computable=True, family="conv MACs", answer_kind="integer", answer=macs_std)
macs_ds = hw * hw * cin * k * k + hw * hw * cin * cout
ratio = macs_ds / macs_std
opts = {"A": (1 / 128, "exact"), "B": (1 / 9, "exact"), "C": (0.12, "about"), "D": (0.5, "about")}
choice = None
for letter, (val, kind) in opts.items():
    if kind == "exact" and abs(ratio - val) < 1e-12:
        choice = letter
if choice is None:
    choice = min((l for l in opts if opts[l][1] == "about"), key=lambda l: abs(ratio - opts[l][0]))
add("3e", computable=True, family="MACs ratio depthwise separable vs standard",
    answer_kind="choice", answer=choice)
add("3f", computable=True, family="batch norm parameter count", answer_kind="integer",
    answer=2 * cout)
add("3g", computable=True, family="linear parameter count", answer_kind="integer",
    answer=128 * 10 + 10)

# ---------------- Problem 4: receptive fields ----------------
layers = [("conv1", 3, 1, 1), ("conv2", 3, 1, 1), ("pool1", 2, 2, 1),
          ("conv3", 3, 1, 1), ("conv4", 3, 1, 2), ("pool2", 2, 2, 1)]
r, j = 1, 1
rf = {}
for name, kk, s, d in layers:
    keff = d * (kk - 1) + 1
    r = r + (keff - 1) * j
    j = j * s
    rf[name] = r
add("4a", computable=True, family="receptive field", answer_kind="integer", answer=rf["conv3"])
add("4b", computable=True, family="receptive field", answer_kind="integer", answer=rf["pool2"])
add("4c", computable=False, why="explain in words (effective receptive field)")

out = {"set": "hw3-cnn-article", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
