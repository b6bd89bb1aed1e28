"""Expected answers for hw3_convnets (CSCI 5527 HW3). Writes expected.yaml."""
import json
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v, nd=None):
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, float):
            if nd is not None:
                x = round(x, nd)
            if x == int(x) and nd is None:
                return int(x)
            return float(x) + 0.0
        return x
    return [py(e, nd) for e in a]


def comp(pid, family, kind, answer, tol=None, layout=None, nd=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer, nd)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def noncomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def pool_out(n, k, s):
    return (n - k) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return out


def pool2d(X, k, s, op):
    X = np.asarray(X, float)
    oh, ow = pool_out(X.shape[0], k, s), pool_out(X.shape[1], k, s)
    return np.array([[op(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)]
                     for i in range(oh)])


# ---------------- Problem 1 ----------------
N, C, H, W = 8, 3, 64, 64
# (a) Conv2d(3, 32, 5)
a = [32, conv_out(H, 5), conv_out(W, 5)]
comp("1a", "conv output shape", "shape", a, layout="CHW")
# (b) same with stride 2, padding 2
b = [32, conv_out(H, 5, s=2, p=2), conv_out(W, 5, s=2, p=2)]
comp("1b", "conv output shape (stride, padding)", "shape", b, layout="CHW")
# (c) 7x7, dilation 2, padding 3, 16 channels on the input image
c = [16, conv_out(H, 7, p=3, d=2), conv_out(W, 7, p=3, d=2)]
comp("1c", "dilated conv output shape", "shape", c, layout="CHW")
# (d) 'same' conv on output of (a)
d = [64, a[1], a[2]]
comp("1d", "'same' conv output shape", "shape", d, layout="CHW")
# (e) MaxPool(3, stride 2) on output of (b)
e = [b[0], pool_out(b[1], 3, 2), pool_out(b[2], 3, 2)]
comp("1e", "max pool output shape", "shape", e, layout="CHW")
# (f) ConvTranspose2d(32, 8, 4, stride 2, padding 1) on output of (b), whole batch
f = [N, 8, tconv_out(b[1], 4, s=2, p=1), tconv_out(b[2], 4, s=2, p=1)]
comp("1f", "transposed conv output shape", "shape", f, layout="NCHW")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
comp("2a", "1D cross-correlation", "vector", xcorr1d(x, w))
comp("2b", "1D cross-correlation (padding, stride)", "vector", xcorr1d(x, w, stride=2, pad=1))
comp("2c", "1D true convolution", "vector", np.convolve(x, w, mode="valid"))
X = np.array([[1, 2, 0, 1], [3, 1, 1, 0], [0, 2, 4, 1], [1, 0, 2, 3]], float)
K = np.array([[1, -1], [0, 2]], float)
comp("2d.i", "2D cross-correlation", "matrix", xcorr2d(X, K, 1))
comp("2d.ii", "2D cross-correlation (stride 2)", "matrix", xcorr2d(X, K, 2))
comp("2e.i", "max pooling", "matrix", pool2d(X, 2, 2, np.max))
comp("2e.ii", "average pooling", "matrix", pool2d(X, 2, 2, np.mean), tol=0.001)
comp("2f", "global average pooling", "real", X.mean(), tol=0.001)

# ---------------- Problem 3 ----------------
z = np.array([1, 2, -1], float)
kt = np.array([1, 3, -1], float)
s = 2
out = np.zeros((len(z) - 1) * s + len(kt))
for i, zi in enumerate(z):
    out[i * s:i * s + len(kt)] += zi * kt
comp("3a", "1D transposed convolution", "vector", out)

Z = np.array([[1, 2], [3, 0]], float)
Kt = np.array([[1, 1], [0, -1]], float)
O = np.zeros((3, 3))
for i in range(2):
    for j in range(2):
        O[i:i + 2, j:j + 2] += Z[i, j] * Kt
comp("3b", "2D transposed convolution", "matrix", O)

x3 = np.array([1, 2, 0, -1, 3], float)
y3 = np.array([5, 3, -5], float)
A = np.array([x3[i:i + 3] for i in range(3)])
wk = np.linalg.solve(A, y3)
comp("3c", "recover 1D filter", "vector", wk, tol=0.001, nd=4)

X4 = np.array([[1, 0, 2], [2, 1, 0], [0, 3, 1]], float)
Y4 = np.array([[4, -1], [3, 5]], float)
rows = [X4[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)]
k4 = np.linalg.solve(np.array(rows), Y4.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(X4, k4), Y4)
comp("3d", "recover 2D filter", "matrix", k4, tol=0.001, nd=4)
noncomp("3e", "explain uniqueness and give a counterexample input (open-ended)")

# ---------------- Problem 4 ----------------
layers = [("conv", 3, 1), ("conv", 3, 1), ("pool", 2, 2), ("conv", 3, 1), ("conv", 5, 2), ("pool", 2, 2)]
rf, jump = 1, 1
rfs = []
for _, k, st in layers:
    rf += (k - 1) * jump
    jump *= st
    rfs.append(rf)
comp("4a", "receptive field", "integer", rfs[5])
side = 128
pads = {1: 1, 2: 1, 4: 1, 5: 2}
for idx, (t, k, st) in enumerate(layers, start=1):
    side = conv_out(side, k, st, pads[idx]) if t == "conv" else pool_out(side, k, st)
comp("4b", "output spatial size", "integer", side)
side1 = conv_out(128, 3, 1, pads[1])          # 'same' keeps 128
macs = side1 * side1 * 32 * (3 * 3 * 3)        # out H*W*Cout * (k*k*Cin)
comp("4c", "conv MACs", "integer", macs)

def write_yaml(setname, source, parts):
    """Emit YAML by hand: one mapping per part, values as JSON (a subset of YAML)."""
    lines = ["set: " + setname, "source: " + source, "parts:"]
    for p in parts:
        for n, (k, v) in enumerate(p.items()):
            lines.append(("  - " if n == 0 else "    ") + k + ": " + json.dumps(v))
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["parts"] == parts
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
        fh.write(text)
    print(text)


write_yaml("hw3_convnets", "problems.tex", parts)
