"""Recompute every answer of cnn-hw3 (problems.tex) with numpy and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v):
    """numpy -> plain Python for YAML."""
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


def add(pid, family, kind, answer, tolerance=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tolerance is not None:
        d["tolerance"] = tolerance
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr2d(x, k, stride=1, pad=0):
    x = np.pad(x, pad)
    kh, kw = k.shape
    oh = (x.shape[0] - kh) // stride + 1
    ow = (x.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(x[i*stride:i*stride+kh, j*stride:j*stride+kw] * k)
    return out


# ---------------- Problem 1: output shapes ----------------
H = W = 64
h1 = conv_out(H, 7, s=2, p=3)
add("1a", "conv output shape", "shape", [32, h1, h1], layout="CHW")
h = conv_out(H, 3, d=2)
add("1b", "conv output shape (dilation)", "shape", [16, h, h], layout="CHW")
hp = conv_out(h1, 3, s=2, p=1)
add("1c", "max pool output shape", "shape", [32, hp, hp], layout="CHW")
ht = tconv_out(hp, 4, s=2, p=1)
add("1d", "transposed conv output shape", "shape", [8, ht, ht], layout="CHW")
opts = {"A": (3, 3, 1), "B": (5, 3, 1), "C": (4, 4, 0), "D": (3, 2, 0), "E": (7, 3, 0)}
hits = [L for L, (k, s, p) in opts.items() if conv_out(64, k, s, p) == 21]
assert len(hits) == 1
add("1e", "conv output shape (multiple choice)", "choice", hits[0])

# ---------------- Problem 2: convolution by hand ----------------
X = np.array([[1, 0, 2, 1, 0],
              [0, 1, 3, 0, 2],
              [2, 1, 0, 1, 1],
              [1, 0, 1, 2, 0],
              [0, 2, 1, 0, 1]], float)
K = np.array([[1, 2, 0],
              [0, 1, -1],
              [-1, 0, 1]], float)
A = xcorr2d(X, K)
add("2a", "2D cross-correlation", "matrix", A)
B = xcorr2d(X, K, pad=1)
add("2b", "2D cross-correlation with padding", "matrix", B)
C = xcorr2d(X, K[::-1, ::-1])
add("2c", "2D true convolution (flipped kernel)", "matrix", C)
mp = np.array([[B[i:i+2, j:j+2].max() for j in range(0, B.shape[1] - 1, 2)]
               for i in range(0, B.shape[0] - 1, 2)])
add("2d", "max pooling", "matrix", mp)
add("2e", "global average pooling", "real", round(A.mean(), 4), tolerance=0.001)

# ---------------- Problem 3: transposed conv, recovering a filter ----------------
x = np.array([2, -1, 3], float)
w = np.array([1, 2, 1], float)
s = 2
y = np.zeros((len(x) - 1) * s + len(w))
for i, xi in enumerate(x):
    y[i*s:i*s+len(w)] += xi * w
add("3a", "1D transposed convolution", "vector", y)
xin = np.array([1, 2, 0, -1, 3], float)
yout = np.array([0, 3, 4], float)
M = np.array([xin[i:i+3] for i in range(len(yout))])
wk = np.linalg.solve(M, yout)
assert np.allclose(np.correlate(xin, wk, "valid"), yout)
add("3b", "recover 1D filter", "vector", np.round(wk, 4), tolerance=0.001)
skip("3c", "explain in words (checkerboard artifacts)")

# ---------------- Problem 4: parameters and MACs ----------------
cin, cout, k, HW = 64, 128, 3, 56
std = k*k*cin*cout + cout
add("4a", "conv parameter count", "integer", std)
dws = (k*k*cin + cin) + (cin*cout + cout)
add("4b", "depthwise separable parameter count", "integer", dws)
grp = cout * (cin // 4) * k * k
add("4c", "grouped conv parameter count", "integer", grp)
macs_std = HW*HW*cout*k*k*cin
add("4d", "conv MACs", "integer", macs_std)
macs_dws = HW*HW*(k*k*cin + cin*cout)
add("4e", "MAC ratio depthwise separable / standard", "real",
    float(f"{macs_dws / macs_std:.3g}"), tolerance=0.0005)
add("4f", "batch norm parameter count", "integer", 2 * cout)

# ---------------- Problem 5: receptive fields ----------------
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (2, 2), (3, 1)]
r, j = 1, 1
for kk, ss in layers:
    r += (kk - 1) * j
    j *= ss
add("5a", "receptive field", "integer", r)
C_ = 7  # any C; compare 3*9*C^2 with 49*C^2
add("5b", "parameter count comparison (true/false)", "boolean", 3*9*C_*C_ < 49*C_*C_)
skip("5c", "explain/discuss in words")

class Dumper(yaml.SafeDumper):
    pass


# mappings in block style, lists (vectors, shapes, matrix rows) in flow style
Dumper.add_representer(list, lambda d, v: d.represent_sequence(
    "tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(x, dict) for x in v)))

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump({"set": "cnn-hw3", "source": "problems.tex", "parts": parts}, f,
              Dumper=Dumper, sort_keys=False, default_flow_style=False, width=1000)
print(f"wrote {len(parts)} parts "
      f"({sum(p['computable'] for p in parts)} computable)")
