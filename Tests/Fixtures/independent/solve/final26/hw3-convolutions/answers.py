"""Recompute every answer of hw3-convolutions and write expected.yaml."""
import os
import numpy as np
import yaml

parts = []


def clean(v):
    if isinstance(v, np.ndarray):
        return [clean(x) for x in v.tolist()]
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        return int(f) if f.is_integer() else round(f, 4)
    return v


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def corr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


# Problem 1: output shapes, input 3x128x128
H = 128
add("1a", "conv output shape", "shape", [32, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)], layout="CHW")
add("1b", "conv output shape (stride)", "shape", [32, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2)], layout="CHW")
add("1c", "conv output shape (dilation)", "shape", [16, conv_out(H, 3, 1, 0, 2), conv_out(H, 3, 1, 0, 2)], layout="CHW")
ha = conv_out(H, 5, 1, 2)
add("1d", "max pool output shape", "shape", [32, conv_out(ha, 3, 2), conv_out(ha, 3, 2)], layout="CHW")
add("1e", "conv output shape ('same')", "shape", [8, H, H], layout="CHW")
ht = (H - 1) * 2 - 2 * 1 + (4 - 1) + 1
add("1f", "transposed conv output shape", "shape", [6, ht, ht], layout="CHW")
nc("1g", "explain in words")

# Problem 2: convolution by hand
x = [2, -1, 3, 0, 1, 4]
w = [1, 0, -2]
add("2a", "1D cross-correlation", "vector", corr1d(x, w))
add("2b", "1D true convolution", "vector", corr1d(x, w[::-1]))
add("2c", "1D cross-correlation padding stride", "vector", corr1d(x, w, stride=2, pad=1))
X = [[1, 2, 0, 1], [0, 1, 3, -1], [2, -1, 0, 1], [1, 0, 2, 2]]
K = [[1, -1], [0, 2]]
add("2d", "2D cross-correlation", "matrix", corr2d(X, K))
add("2e", "2D cross-correlation stride", "matrix", corr2d(X, K, stride=2))
xin = np.array([1, 2, 0, -1], float)
yout = np.array([7, 2, -3], float)
A = np.array([xin[i:i + 2] for i in range(3)])  # y_i = v1 x_i + v2 x_{i+1}
v, *_ = np.linalg.lstsq(A, yout, rcond=None)
assert np.allclose(A @ v, yout)
add("2f", "recover filter", "vector", np.round(v, 10))
z = [1, 2, -1]
k = np.array([1, -1, 2], float)
s = 2
out = np.zeros((len(z) - 1) * s + len(k))
for i, zi in enumerate(z):
    out[i * s:i * s + len(k)] += zi * k
add("2g", "1D transposed convolution", "vector", out)

# Problem 3: pooling
Am = np.array([[1, 5, 2, 0], [3, -2, 4, 6], [0, 7, 1, 1], [2, 2, -3, 8]], float)
blocks = Am.reshape(2, 2, 2, 2).swapaxes(1, 2)
add("3a", "max pooling", "matrix", blocks.max(axis=(2, 3)))
add("3b", "average pooling", "matrix", blocks.mean(axis=(2, 3)))
add("3c", "global average pooling", "real", Am.mean())

# Problem 4: receptive field and cost
def rf(layers):
    r, j = 1, 1
    for kk, ss, dd in layers:
        r += dd * (kk - 1) * j
        j *= ss
    return r

add("4a", "receptive field", "integer", rf([(3, 1, 1), (3, 2, 1), (2, 2, 1), (3, 1, 1)]))
add("4b", "receptive field (dilation)", "integer", rf([(3, 1, 1), (3, 2, 1), (2, 2, 1), (3, 1, 2)]))
h1 = conv_out(224, 3, 1, 1)
h2 = conv_out(h1, 3, 2, 1)
macs_conv2 = 128 * h2 * h2 * 64 * 3 * 3
add("4c", "conv MACs", "integer", macs_conv2)
macs_dw = 64 * h2 * h2 * 3 * 3
macs_pw = 128 * 64 * h2 * h2
add("4d", "depthwise separable MACs", "integer", macs_dw + macs_pw)
nc("4e", "discuss reasons in words")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "hw3-convolutions", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
