"""Compute the expected answers for d-txt-handout and write expected.yaml."""
import numpy as np
import yaml
from pathlib import Path

parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    if isinstance(answer, np.ndarray):
        answer = (np.round(answer, 4) + 0.0).tolist()
    entry = {"id": pid, "computable": True, "family": family,
             "answer_kind": kind, "answer": answer}
    if layout:
        entry["layout"] = layout
    if tol is not None:
        entry["tolerance"] = tol
    parts.append(entry)


def no(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def xcorr2d(X, K):
    kh, kw = K.shape
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K)
                      for j in range(X.shape[1] - kw + 1)]
                     for i in range(X.shape[0] - kh + 1)])


# Q1: Keras, channels-last
N, H, C = 8, 128, 3
h1 = int(np.ceil(H / 2))                       # 'same' with stride 2
add("1a", "conv output shape ('same', stride)", "shape", [N, h1, h1, 32], layout="NHWC")
h2 = out(h1, 2, 2)                             # pool stride defaults to pool_size
add("1b", "max pool output shape", "shape", [N, h2, h2, 32], layout="NHWC")
h3 = out(h2, 5)
add("1c", "conv output shape (valid)", "shape", [N, h3, h3, 64], layout="NHWC")
add("1d", "conv parameter count", "integer", 5 * 5 * 32 * 64 + 64)
add("1e", "conv parameter count", "integer", 3 * 3 * 3 * 32 + 32)

# Q2: linear layer
add("2a", "linear parameter count (no bias)", "integer", 1024 * 4096)
macs = 16 * 1024 * 4096
add("2b", "linear MACs", "integer", macs)
add("2c", "linear FLOPs", "integer", 2 * macs)
add("2d", "layer norm parameter count", "integer", 2 * 4096)

# Q3: instance norm
x = np.array([[[[1, 3], [5, 7]], [[0, 0], [2, 2]]]], float)
mu = x.mean(axis=(2, 3), keepdims=True)
var = x.var(axis=(2, 3), keepdims=True)
inorm = (x - mu) / np.sqrt(var)
add("3a", "instance norm output", "matrix", inorm[0, 0], tol=1e-3)
add("3b", "instance norm output", "matrix", inorm[0, 1], tol=1e-3)
bmu = x.mean(axis=(0, 2, 3), keepdims=True)
bvar = x.var(axis=(0, 2, 3), keepdims=True)
add("3c", "batch norm vs instance norm, N=1 (true/false)", "boolean",
    bool(np.allclose((x - bmu) / np.sqrt(bvar), inorm)))

# Q4: filters
X = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1]], float)
Y = np.array([[-1, 4], [3, 0]], float)
A = np.array([X[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
assert abs(np.linalg.det(A)) > 1e-9
Kr = np.linalg.solve(A, Y.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(X, Kr), Y)
add("4a", "recover 2D filter", "matrix", Kr, tol=1e-3)
U = np.array([[1, 2], [3, 4]], float)
Kt = np.array([[1, 2], [0, -1]], float)
T = np.zeros((3, 3))
for i in range(2):
    for j in range(2):
        T[i:i + 2, j:j + 2] += U[i, j] * Kt
add("4b", "2D transposed convolution", "matrix", T)
no("4c", "ambiguous: the worksheet never says whether 'convolve' flips the kernel "
         "([-1,-1,-1] as cross-correlation vs [1,1,1] as true convolution)")

# Q5
z = np.array([4, 2, 0], float) / 2
p = np.exp(z - z.max()); p /= p.sum()
add("5a", "softmax with temperature", "vector", p, tol=1e-3)
add("5b", "dropout expectation", "real", 0.5 * (3.0 / 0.5) + 0.5 * 0.0, tol=1e-4)
w, m, v = 1.0, 0.0, 0.0
for t in (1, 2):
    g = 2 * w
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    w -= 0.01 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
add("5c", "Adam two steps", "real", round(float(w), 6), tol=1e-4)
r = 1
for d in (1, 2, 4):
    r += (3 - 1) * d
add("5d", "receptive field (dilated)", "integer", r)
no("5e", "explain in words")

Path(__file__).with_name("expected.yaml").write_text(yaml.safe_dump(
    {"set": "d-txt-handout", "source": "problems.txt", "parts": parts},
    sort_keys=False, default_flow_style=None))
