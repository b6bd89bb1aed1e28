"""Recompute every numeric answer of convnets-hw3 and write expected.yaml."""
import math
import numpy as np
import yaml

parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0):
    return (n - 1) * s - 2 * p + k + op


def r(x, n=4):
    return np.round(np.asarray(x, dtype=float), n).tolist()


# ---- Problem 1
H = 128
add("1a", "conv output shape", "shape", [32, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)], layout="CHW")
hb = conv_out(H, 7, 2, 3)
add("1b", "conv output shape", "shape", [64, hb, hb], layout="CHW")
hc = conv_out(hb, 3, 2, 0)
add("1c", "pooling output shape", "shape", [64, hc, hc], layout="CHW")
hd = conv_out(H, 3, 1, 1, d=2)
add("1d", "dilated conv output shape", "shape", [16, hd, hd], layout="CHW")
he = tconv_out(hb, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [32, he, he], layout="CHW")
hf = math.ceil(H / 3)
add("1f", "same-padding conv output shape", "shape", [10, hf, hf], layout="CHW")
nc("1g", "explain in words")

# ---- Problem 2
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)


def xcorr1d(x, w, s=1, p=0):
    xp = np.pad(x, p)
    n = (len(xp) - len(w)) // s + 1
    return np.array([xp[i * s:i * s + len(w)] @ w for i in range(n)])


add("2a", "1d cross-correlation", "vector", xcorr1d(x, w).astype(int).tolist())
add("2b", "1d cross-correlation stride padding", "vector", xcorr1d(x, w, 2, 1).astype(int).tolist())
add("2c", "1d true convolution", "vector", np.convolve(x, w, mode="valid").astype(int).tolist())

# ---- Problem 3
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]], float)
K = np.array([[1, -1], [0, 2]], float)


def xcorr2d(X, K, s=1):
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // s + 1
    ow = (X.shape[1] - kw) // s + 1
    return np.array([[np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K) for j in range(ow)] for i in range(oh)])


def pool(X, k, s, f):
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[f(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


Y = xcorr2d(X, K)
add("3a", "2d cross-correlation", "matrix", Y.astype(int).tolist())
add("3b", "2d cross-correlation stride", "matrix", xcorr2d(X, K, 2).astype(int).tolist())
add("3c", "max pooling", "matrix", pool(X, 2, 2, np.max).astype(int).tolist())
add("3d", "average pooling", "matrix", r(pool(X, 2, 2, np.mean)), tolerance=0.001)
add("3e", "global average pooling", "real", round(float(Y.mean()), 4), tolerance=0.001)
nc("3f", "ambiguous: the pooling type (max or average) is not stated")
Z = np.array([[1, 2], [-1, 0]], float)
s = 2
T = np.zeros(((Z.shape[0] - 1) * s + 2, (Z.shape[1] - 1) * s + 2))
for i in range(Z.shape[0]):
    for j in range(Z.shape[1]):
        T[i * s:i * s + 2, j * s:j * s + 2] += Z[i, j] * K
add("3g", "transposed convolution by hand", "matrix", T.astype(int).tolist())

# ---- Problem 4
x4 = np.array([1, 2, 0, -1, 3], float)
y4 = np.array([5, 3, -5], float)
A = np.array([x4[i:i + 3] for i in range(3)])
w4 = np.linalg.solve(A, y4)
add("4a", "recover 1d filter", "vector", r(w4), tolerance=0.001)
nc("4b", "explain and describe a set")
X4 = np.array([[1, 0, 2], [3, 1, 0], [0, 2, 1]], float)
Y4 = np.array([[0, 4], [3, 0]], float)
A2 = np.array([X4[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
assert np.linalg.matrix_rank(A2) == 4
k4 = np.linalg.solve(A2, Y4.ravel()).reshape(2, 2)
add("4c", "recover 2d filter", "matrix", r(k4), tolerance=0.001)

# ---- Problem 5
def rf(layers):
    rr, j = 1, 1
    for k, st, d in layers:
        rr += d * (k - 1) * j
        j *= st
    return rr


base = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]
add("5a", "receptive field", "integer", rf(base[:2]))
add("5b", "receptive field", "integer", rf(base))
opts = {
    "A": [(3, 2, 1)] + base[1:],
    "B": base[:2] + [(3, 2, 1)] + base[3:],
    "C": base[:4] + [(3, 1, 3)],
    "D": base[:3] + base[4:],
}
vals = {k: rf(v) for k, v in opts.items()}
best = max(vals, key=vals.get)
assert sorted(vals.values())[-1] != sorted(vals.values())[-2]
add("5c", "receptive field comparison", "choice", best)
nc("5d", "explain in words")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "convnets-hw3", "source": "problems.md", "parts": parts}, f, sort_keys=False)
print(vals)
