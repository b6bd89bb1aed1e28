"""Recompute every numeric answer of hw2_convnets and write expected.yaml."""
import numpy as np
import os
import yaml

os.chdir(os.path.dirname(os.path.abspath(__file__)))

parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    if layout is not None:
        d["layout"] = layout
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0):
    return (n - 1) * s - 2 * p + k


# ---------------- Problem 1
C, H = 3, 64
# conv1: k=5, 'same' -> pad 2
h1 = conv_out(H, 5, 1, 2)
add("1a", "conv output shape ('same')", "shape", [32, h1, h1], layout="CHW")
h2 = conv_out(h1, 2, 2)
add("1b", "max pool output shape", "shape", [32, h2, h2], layout="CHW")
h3 = conv_out(h2, 3, 2, 1)
add("1c", "strided conv output shape", "shape", [64, h3, h3], layout="CHW")
h4 = conv_out(h3, 3, 1, 0, 2)
add("1d", "dilated conv output shape", "shape", [64, h4, h4], layout="CHW")
h5 = tconv_out(h4, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [16, h5, h5], layout="CHW")
p_conv1 = 32 * 3 * 5 * 5 + 32
p_conv2 = 64 * 32 * 3 * 3 + 64
p_conv3 = 64 * 64 * 3 * 3 + 64
p_up = 64 * 16 * 4 * 4 + 16
add("1f", "conv parameter count (with bias)", "integer", int(p_conv1 + p_conv2 + p_conv3 + p_up))
# receptive field: (kernel_eff, stride) for conv1, pool1, conv2, conv3
r, j = 1, 1
for k, s in [(5, 1), (2, 2), (3, 2), (1 + 2 * (3 - 1), 1)]:
    r = r + (k - 1) * j
    j = j * s
add("1g", "receptive field", "integer", int(r))
skip("1h", "discuss advantages/disadvantages in words")

# ---------------- Problem 2
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)


def xcorr1d(x, w, s=1, p=0):
    xp = np.concatenate([np.zeros(p), x, np.zeros(p)])
    n = (len(xp) - len(w)) // s + 1
    return np.array([np.dot(xp[i * s:i * s + len(w)], w) for i in range(n)])


add("2a", "1D cross-correlation", "vector", xcorr1d(x, w).astype(int).tolist())
add("2b", "1D cross-correlation stride+padding", "vector", xcorr1d(x, w, 2, 1).astype(int).tolist())
add("2c", "1D true convolution (flipped)", "vector", np.convolve(x, w, mode="valid").astype(int).tolist())
X = np.array([[1, 0, 2, 1, 0],
              [0, 1, 3, 0, 2],
              [2, 1, 0, 1, 1],
              [1, 0, 1, 2, 0],
              [0, 2, 1, 0, 1]], float)
K = np.array([[1, -1, 0], [0, 2, 0], [1, 0, -1]], float)
Y = np.array([[np.sum(X[i:i + 3, j:j + 3] * K) for j in range(3)] for i in range(3)])
add("2d", "2D cross-correlation", "matrix", Y.astype(int).tolist())
u = np.array([1, 2, 0, -1, 3], float)
v = np.array([0, 3, 4], float)
M = np.array([u[i:i + 3] for i in range(3)])
f = np.linalg.solve(M, v)
assert np.allclose(xcorr1d(u, f), v)
add("2e", "recover filter from input/output", "vector", [int(round(t)) for t in f])

# ---------------- Problem 3
Z = np.array([[1, 2], [-1, 3]], float)
Kt = np.array([[1, 0], [2, 1]], float)


def tconv2d(Z, K, s):
    n = (Z.shape[0] - 1) * s + K.shape[0]
    out = np.zeros((n, n))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[s * i:s * i + K.shape[0], s * j:s * j + K.shape[1]] += Z[i, j] * K
    return out


add("3a", "transposed convolution stride 1", "matrix", tconv2d(Z, Kt, 1).astype(int).tolist())
add("3b", "transposed convolution stride 2", "matrix", tconv2d(Z, Kt, 2).astype(int).tolist())
A = np.array([[1, 5, 2, 0], [3, 2, 4, 6], [7, 1, 0, 3], [2, 8, 5, 1]], float)
mp = np.array([[A[2 * i:2 * i + 2, 2 * j:2 * j + 2].max() for j in range(2)] for i in range(2)])
add("3c", "max pooling", "matrix", mp.astype(int).tolist())
ap = np.array([[A[i:i + 3, j:j + 3].mean() for j in range(2)] for i in range(2)])
add("3d", "average pooling", "matrix", [[round(float(t), 4) for t in row] for row in ap], tol=0.001)
# gradient of max pool: one nonzero per window if the max is unique
nnz = 0
for i in range(2):
    for j in range(2):
        win = A[2 * i:2 * i + 2, 2 * j:2 * j + 2]
        assert np.sum(win == win.max()) == 1
        nnz += 1
options = {"A": 1, "B": 4, "C": 8, "D": 16}
add("3e", "max pool gradient (multiple choice)", "choice", [k for k, val in options.items() if val == nnz][0])

# ---------------- Problem 4
cin, cout, k, hw = 64, 128, 3, 28
std = cin * cout * k * k
add("4a", "conv parameter count (no bias)", "integer", std)
add("4b", "depthwise separable parameter count", "integer", cin * k * k + cin * cout)
add("4c", "conv MACs", "integer", std * hw * hw)
skip("4d", "discuss in words")

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": "hw2_convnets", "source": "problems.tex", "parts": parts},
                   fh, sort_keys=False, default_flow_style=None)
print(open("expected.yaml").read())
