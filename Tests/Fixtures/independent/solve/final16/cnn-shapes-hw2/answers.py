"""Expected answers for cnn-shapes-hw2 (computed, not typed)."""
import math
import numpy as np
import yaml

parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def to_int(a):
    a = np.asarray(a, dtype=float)
    if np.allclose(a, np.round(a)):
        return np.round(a).astype(int).tolist()
    return np.round(a, 4).tolist()


# ---------------- Problem 1 ----------------
H = 64
h_a = conv_out(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [32, h_a, h_a], layout="CHW")
h_b = conv_out(H, 5, 2, 2)
add("1b", "conv output shape (stride)", "shape", [32, h_b, h_b], layout="CHW")
h_c = conv_out(H, 3, 1, 1, d=2)
add("1c", "conv output shape (dilation)", "shape", [16, h_c, h_c], layout="CHW")
h_d = conv_out(h_a, 3, 2, 0)
add("1d", "max pool output shape", "shape", [32, h_d, h_d], layout="CHW")
h_e = tconv_out(h_b, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [8, h_e, h_e], layout="CHW")
add("1f", "conv output shape ('same')", "shape", [12, H, H], layout="CHW")
add("1g", why="explain in words")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)


def corr1d(x, w, s=1, p=0):
    xp = np.pad(x, p)
    n = (len(xp) - len(w)) // s + 1
    return np.array([xp[i * s:i * s + len(w)] @ w for i in range(n)])


add("2a", "1D cross-correlation", "vector", to_int(corr1d(x, w)))
add("2b", "1D cross-correlation (stride, padding)", "vector", to_int(corr1d(x, w, 2, 1)))
add("2c", "1D true convolution (flipped kernel)", "vector", to_int(corr1d(x, w[::-1])))

X = np.array([[1, 2, 0, 1], [3, 1, 1, 0], [0, 2, 4, 1], [1, 0, 2, 3]], float)
K = np.array([[1, -1], [0, 2]], float)


def corr2d(X, K, s=1):
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // s + 1
    ow = (X.shape[1] - kw) // s + 1
    return np.array([[np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K) for j in range(ow)] for i in range(oh)])


def pool2d(X, k, s, fn):
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


add("2d", "2D cross-correlation", "matrix", to_int(corr2d(X, K)))
add("2e", "2D cross-correlation (stride)", "matrix", to_int(corr2d(X, K, 2)))
add("2f", "max pooling", "matrix", to_int(pool2d(X, 2, 2, np.max)))
add("2g", "average pooling", "matrix", to_int(pool2d(X, 2, 2, np.mean)), tol=0.001)

# ---------------- Problem 3 ----------------
z = np.array([1, 2, -1], float)
k = np.array([1, -1, 2], float)
s = 2
out = np.zeros((len(z) - 1) * s + len(k))
for i, zi in enumerate(z):
    out[i * s:i * s + len(k)] += zi * k
add("3a", "1D transposed convolution", "vector", to_int(out))

Z = np.array([[1, 2], [3, 4]], float)
Kt = np.array([[1, 0], [-1, 1]], float)
O = np.zeros((3, 3))
for i in range(2):
    for j in range(2):
        O[i:i + 2, j:j + 2] += Z[i, j] * Kt
add("3b", "2D transposed convolution", "matrix", to_int(O))

xin = np.array([1, 2, 0, -1, 3], float)
yout = np.array([0, 3, 4], float)
A = np.array([xin[i:i + 3] for i in range(3)])
w_rec = np.linalg.solve(A, yout)
add("3c", "recover 1D filter", "vector", to_int(w_rec))

Xin = np.array([[1, 0, 2], [0, 1, 1], [2, 1, 0]], float)
Yout = np.array([[1, 0], [3, 2]], float)
rows = [Xin[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)]
K_rec = np.linalg.solve(np.array(rows), Yout.ravel()).reshape(2, 2)
assert np.allclose(corr2d(Xin, K_rec), Yout)
add("3d", "recover 2D filter", "matrix", to_int(K_rec))
add("3e", why="explain in words")

# ---------------- Problem 4 ----------------
layers = [("conv1", 3, 1, 1), ("conv2", 3, 1, 1), ("pool", 2, 2, 1), ("conv3", 3, 1, 1), ("conv4", 3, 1, 2)]
rf, jump, rfs = 1, 1, {}
for name, kk, ss, dd in layers:
    rf += dd * (kk - 1) * jump
    jump *= ss
    rfs[name] = rf
add("4a", "receptive field", "integer", rfs["pool"])
add("4b", "receptive field (dilation)", "integer", rfs["conv4"])
n, r = 0, rfs["conv4"]
while r < 50:
    r += 2 * jump
    n += 1
add("4c", "receptive field (layers needed)", "integer", n)

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "cnn-shapes-hw2", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None)
