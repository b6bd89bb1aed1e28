"""Recompute every answer of hw3-convnets and write expected.yaml (numpy only + PyYAML)."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(ow)] for i in range(oh)])


def pool2d(Y, k, s, fn):
    oh = (Y.shape[0] - k) // s + 1
    ow = (Y.shape[1] - k) // s + 1
    return np.array([[fn(Y[i*s:i*s+k, j*s:j*s+k]) for j in range(ow)] for i in range(oh)])


def ints(a):
    return [[int(round(v)) for v in row] for row in a] if np.ndim(a) == 2 else [int(round(v)) for v in a]


# Problem 1: input 3x64x64
H = 64
add("1a", "conv output shape", "shape", [16, conv_out(H, 5), conv_out(H, 5)], layout="CHW")
add("1b", "conv output shape (stride, padding)", "shape", [32, conv_out(H, 3, 2, 1), conv_out(H, 3, 2, 1)], layout="CHW")
add("1c", "conv output shape (stride, padding, in words)", "shape", [8, conv_out(H, 7, 3, 2), conv_out(H, 7, 3, 2)], layout="CHW")
add("1d", "conv output shape (dilation)", "shape", [16, conv_out(H, 3, d=3), conv_out(H, 3, d=3)], layout="CHW")
add("1e", "conv output shape ('same')", "shape", [24, H, H], layout="CHW")
add("1f", "max pool output shape", "shape", [3, conv_out(H, 3, 2), conv_out(H, 3, 2)], layout="CHW")
add("1g", "transposed conv output shape", "shape", [6, tconv_out(H, 4, 2, 1), tconv_out(H, 4, 2, 1)], layout="CHW")
nc("1h", "explain in words")

# Problem 2
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
y = corr1d(x, w)
add("2a", "1D cross-correlation", "vector", ints(y))
add("2b", "1D cross-correlation (stride 2, padding 1)", "vector", ints(corr1d(x, w, stride=2, pad=1)))
yflip = corr1d(x, w[::-1])
add("2c", "flipped vs unflipped kernel", "boolean", bool(np.allclose(yflip, y)))
X = np.array([[1, 0, 2, 1], [3, 1, 0, 2], [0, 2, 1, 1], [1, 1, 0, 3]], float)
K = np.array([[1, -1], [0, 2]], float)
Y = corr2d(X, K)
add("2d", "2D cross-correlation", "matrix", ints(Y))
add("2e", "max pooling 2x2 stride 1", "matrix", ints(pool2d(Y, 2, 1, np.max)))
add("2f", "global average pooling", "real", round(float(Y.mean()), 4), tol=0.001)

# Problem 3
def tconv1d(z, k, s):
    out = np.zeros((len(z) - 1) * s + len(k))
    for i, zi in enumerate(z):
        out[i*s:i*s+len(k)] += zi * np.asarray(k, float)
    return out

def tconv2d(Z, Kt):
    Z = np.asarray(Z, float); Kt = np.asarray(Kt, float)
    out = np.zeros((Z.shape[0] + Kt.shape[0] - 1, Z.shape[1] + Kt.shape[1] - 1))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i:i+Kt.shape[0], j:j+Kt.shape[1]] += Z[i, j] * Kt
    return out

add("3a", "1D transposed convolution (stride 2)", "vector", ints(tconv1d([1, 2, -1], [1, 3], 2)))
add("3b", "2D transposed convolution", "matrix", ints(tconv2d([[1, 2], [0, -1]], [[1, 0], [1, 1]])))
xr = np.array([1, 2, 0, -1, 3], float)
yr = np.array([0, 3, 4], float)
A = np.array([xr[i:i+3] for i in range(3)])
kr = np.linalg.solve(A, yr)
assert np.allclose(corr1d(xr, kr), yr)
add("3c", "recover 1D filter from input and output", "vector", ints(kr))
nc("3d", "give an example and explain in general")

# Problem 4: 3x96x96; conv1 k3 s1 p1; conv2 k3 s2 p1; pool k2 s2; conv3 k3 s1 p2 d2
layers = [(3, 1, 1, 1), (3, 2, 1, 1), (2, 2, 0, 1), (3, 1, 2, 2)]  # k, s, p, d

def rf(layers):
    r, j = 1, 1
    for k, s, p, d in layers:
        r += (d * (k - 1)) * j
        j *= s
    return r

n = 96
for k, s, p, d in layers:
    n = conv_out(n, k, s, p, d)
add("4a", "receptive field", "integer", rf(layers))
add("4b", "output shape through a layer stack", "shape", [128, n, n], layout="CHW")
h2 = conv_out(conv_out(96, 3, 1, 1), 3, 2, 1)
add("4c", "conv MACs", "integer", int(64 * h2 * h2 * 32 * 3 * 3))
opts = {"A": (5, 1, 2, 1), "B": (3, 1, 3, 3), "C": (3, 2, 1, 1), "D": (6, 1, 2, 1)}
rfs = {o: rf(layers[:3] + [v]) for o, v in opts.items()}
best = max(rfs, key=rfs.get)
assert sorted(rfs.values())[-1] != sorted(rfs.values())[-2]
add("4d", "receptive field (multiple choice)", "choice", best)

doc = {"set": "hw3-convnets", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None)
