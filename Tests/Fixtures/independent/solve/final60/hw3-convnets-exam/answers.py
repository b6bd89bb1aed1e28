"""Recompute every answer of hw3-convnets-exam and write expected.yaml."""
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


def out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tout(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def conv_params(cin, cout, k, bias=True, groups=1):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


# ---- Question 1 ----
H = 64
h1 = H  # padding='same', stride 1
add("1a", "conv output shape ('same' padding)", "shape", [32, h1, h1], layout="CHW")
h2 = out(h1, 2, s=2)
add("1b", "max pool output shape", "shape", [32, h2, h2], layout="CHW")
h3 = out(h2, 3, s=2, p=1)
add("1c", "conv output shape (stride, padding)", "shape", [64, h3, h3], layout="CHW")
h4 = out(h3, 3, d=2)
add("1d", "conv output shape (dilation)", "shape", [64, h4, h4], layout="CHW")
h5 = tout(h4, 4, s=2, p=1)
add("1e", "transposed conv output shape", "shape", [16, h5, h5], layout="CHW")
p_conv1 = conv_params(3, 32, 5)
p_bn1 = 2 * 32
p_conv2 = conv_params(32, 64, 3)
p_conv3 = conv_params(64, 64, 3)
p_up = 64 * 16 * 4 * 4 + 16  # ConvTranspose2d weight (in, out, k, k) + bias
total = p_conv1 + p_bn1 + p_conv2 + p_conv3 + p_up
add("1f", "parameter count (conv, batch norm, transposed conv)", "integer", int(total))
macs = 64 * h3 * h3 * (32 * 3 * 3)
add("1g", "MACs of a conv layer", "integer", int(macs))
counts = {"A": p_conv1, "B": p_conv2, "C": p_conv3, "D": p_up, "E": p_bn1}
add("1h", "parameter count comparison (multiple choice)", "choice", max(counts, key=counts.get))

# ---- Question 2 ----
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)


def xcorr1d(x, w, stride=1, pad=0):
    xp = np.concatenate([np.zeros(pad), x, np.zeros(pad)])
    n = (len(xp) - len(w)) // stride + 1
    return np.array([xp[i * stride:i * stride + len(w)] @ w for i in range(n)])


add("2a", "1D cross-correlation", "vector", xcorr1d(x, w).tolist())
add("2b", "1D cross-correlation (stride, padding)", "vector", xcorr1d(x, w, 2, 1).tolist())
add("2c", "1D true convolution (flipped kernel)", "vector", xcorr1d(x, w[::-1]).tolist())
X = np.array([[1, 2, 0, 1], [0, 1, 3, 1], [2, 1, 0, 0], [1, 0, 1, 2]], float)
K = np.array([[1, -1], [0, 2]], float)
Y = np.array([[np.sum(X[i:i + 2, j:j + 2] * K) for j in range(3)] for i in range(3)])
add("2d", "2D cross-correlation", "matrix", Y.tolist())
z = np.array([1, 2, -1], float)
wt = np.array([1, -1, 2], float)
yt = np.zeros(tout(3, 3, s=2))
for i in range(3):
    yt[2 * i:2 * i + 3] += z[i] * wt
add("2e", "1D transposed convolution (stride 2)", "vector", yt.tolist())
xs = np.array([1, 2, 0, -1], float)
ys = np.array([8, 4, -3], float)
M = np.array([[xs[i], xs[i + 1]] for i in range(3)])
wk = np.linalg.lstsq(M, ys, rcond=None)[0]
assert np.allclose(M @ wk, ys)
add("2f", "recover filter from input and output", "vector", [round(float(v), 6) for v in wk], tol=1e-6)

# ---- Question 3 ----
A = np.array([[1, 3, 2, 0], [4, 6, 1, 2], [0, 2, 5, 7], [3, 1, 8, 4]], float)
mp = A.reshape(2, 2, 2, 2).max(axis=(1, 3))
add("3a", "max pooling 2x2 stride 2", "matrix", mp.tolist())
Ap = np.pad(A, 1)
n = out(4, 3, s=2, p=1)
ap = np.array([[Ap[2 * i:2 * i + 3, 2 * j:2 * j + 3].sum() / 9 for j in range(n)] for i in range(n)])
add("3b", "average pooling with padding (count_include_pad=True)", "matrix",
    np.round(ap, 4).tolist(), tol=1e-3)
add("3c", "global average pooling", "real", float(A.mean()), tol=1e-4)
nc("3d", "explain in words")

# ---- Question 4 ----
r, j = 1, 1
for k, s in [(3, 1), (3, 2), (2, 2), (3, 1)]:
    r += (k - 1) * j
    j *= s
add("4a", "receptive field", "integer", r)
add("4b", "parameter count (standard conv, no bias)", "integer", conv_params(64, 128, 5, bias=False))
add("4c", "parameter count (depthwise separable)", "integer",
    conv_params(64, 64, 5, bias=False, groups=64) + conv_params(64, 128, 1, bias=False))
add("4d", "parameter count (grouped conv)", "integer", conv_params(64, 128, 5, bias=False, groups=4))

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "hw3-convnets-exam", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=120)
