"""Recompute every answer of hw3-convolutions from the numbers in problems.tex; write expected.yaml."""
import math
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append(dict(id=pid, computable=False, why=why))
        return
    d = dict(id=pid, computable=True, family=family, answer_kind=kind, answer=answer)
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    H = (X.shape[0] - kh) // stride + 1
    W = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
                      for j in range(W)] for i in range(H)])


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    H = (X.shape[0] - k) // s + 1
    W = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(W)] for i in range(H)])


def ints(a):
    return [int(round(v)) for v in np.ravel(a)] if np.ndim(a) == 1 else [[int(round(v)) for v in r] for r in a]


# Problem 1: input 3 x 64 x 64
H = 64
a = [16, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)]
add("1a", "conv output shape", "shape", a, layout="CHW")
b = [16, conv_out(H, 5, 2), conv_out(H, 5, 2)]
add("1b", "conv output shape (stride)", "shape", b, layout="CHW")
c = [8, conv_out(H, 3, 1, 1, 2), conv_out(H, 3, 1, 1, 2)]
add("1c", "conv output shape (dilation)", "shape", c, layout="CHW")
d = [16, conv_out(b[1], 3, 2), conv_out(b[2], 3, 2)]
add("1d", "max pool output shape", "shape", d, layout="CHW")
e = [4, tconv_out(d[1], 4, 2, 1), tconv_out(d[2], 4, 2, 1)]
add("1e", "transposed conv output shape", "shape", e, layout="CHW")
f = [math.ceil(H / 3), math.ceil(H / 3), 32]
add("1f", "conv output shape ('same', Keras)", "shape", f, layout="HWC")
options = {"A": (3, 2, 0), "B": (4, 2, 1), "C": (5, 2, 1), "D": (2, 2, 1)}
ok = [L for L, (k, s, p) in options.items() if conv_out(H, k, s, p) == 32]
assert len(ok) == 1
add("1g", "conv output shape (multiple choice)", "choice", ok[0])

# Problem 2
x = [2, -1, 3, 0, 1, 4]
w = [1, 0, -2]
add("2a", "1D cross-correlation", "vector", ints(xcorr1d(x, w)))
add("2b", "1D cross-correlation (padding, stride)", "vector", ints(xcorr1d(x, w, stride=2, pad=1)))
add("2c", "1D convolution (flipped kernel)", "vector", ints(xcorr1d(x, w[::-1])))
X = [[1, 0, 2, 3], [4, -1, 0, 1], [2, 3, 1, 0], [0, 1, -2, 5]]
K = [[1, 2], [0, -1]]
add("2d", "2D cross-correlation", "matrix", ints(xcorr2d(X, K)))
add("2e", "2D cross-correlation (stride)", "matrix", ints(xcorr2d(X, K, 2)))
add("2f", "max pooling", "matrix", ints(pool2d(X, 2, 2, np.max)))
add("2g", "average pooling", "matrix", pool2d(X, 2, 2, np.mean).tolist(), tol=1e-6)
add("2h", "global average pooling", "real", float(np.mean(X)), tol=1e-6)

# Problem 3
z = np.array([1, 2, -1], float)
k = np.array([1, -1, 2], float)
s = 2
out = np.zeros((len(z) - 1) * s + len(k))
for i, zi in enumerate(z):
    out[i * s:i * s + len(k)] += zi * k
add("3a", "1D transposed convolution", "vector", ints(out))
xr = np.array([1, 2, 0, -1, 3], float)
yr = np.array([-1, 0, 7], float)
A = np.array([xr[i:i + 3] for i in range(3)])
wr = np.linalg.solve(A, yr)
assert np.allclose(xcorr1d(xr, wr), yr)
add("3b", "filter recovery", "vector", ints(wr))
add("3c", why="explain in words (underdetermined system, extra assumption)")

# Problem 4: receptive fields; layers (kernel, stride, dilation)
def rf(layers):
    r, j = 1, 1
    for kk, ss, dd in layers:
        r += dd * (kk - 1) * j
        j *= ss
    return r

net = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 2, 1)]
add("4a", "receptive field", "integer", rf(net[:2]))
add("4b", "receptive field", "integer", rf(net[:4]))
add("4c", "receptive field", "integer", rf(net))
net_d = list(net)
net_d[3] = (3, 1, 2)
add("4d", "receptive field (dilation)", "integer", rf(net_d))


def _fmt(v):
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_fmt(e) for e in v) + "]"
    if isinstance(v, (float, np.floating)):
        v = round(float(v), 10)
        s = repr(v + 0.0)  # + 0.0 turns -0.0 into 0.0
        if "e" in s and "." not in s.split("e")[0]:
            s = s.replace("e", ".0e")  # YAML 1.1 needs a dot in 1.0e-06
        return s
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    s = str(v)
    return s if s.replace("-", "").replace("_", "").replace(".", "").isalnum() and not s[0].isdigit() else json.dumps(s)


def dump(path, setname, source):
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(path, "w") as fh:
        fh.write(f"set: {setname}\nsource: {source}\nparts:\n")
        for p in parts:
            first = True
            for key, val in p.items():
                fh.write(("  - " if first else "    ") + f"{key}: {_fmt(val)}\n")
                first = False


dump(os.path.join(HERE, "expected.yaml"), "hw3-convolutions", "problems.tex")
