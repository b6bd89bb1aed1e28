"""Expected answers for hw3_convnets. Run: python3 answers.py (writes expected.yaml)."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
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


def r(a, n=4):
    a = np.round(np.asarray(a, dtype=float), n) + 0.0
    return a.tolist() if a.ndim else float(a)


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([np.dot(x[i:i + k], w) for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


def convT2d(Z, K, stride=1):
    Z, K = np.asarray(Z, float), np.asarray(K, float)
    kh, kw = K.shape
    Y = np.zeros(((Z.shape[0] - 1) * stride + kh, (Z.shape[1] - 1) * stride + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            Y[i * stride:i * stride + kh, j * stride:j * stride + kw] += Z[i, j] * K
    return Y


# ---------------- Problem 1 ----------------
H = W = 64
h_a = conv_out(H, 5)
add("1a", "conv output shape", "shape", [16, h_a, h_a], layout="CHW")
h_b = conv_out(H, 5, s=2, p=2)
add("1b", "conv output shape (stride, padding)", "shape", [16, h_b, h_b], layout="CHW")
h_c = conv_out(H, 7, s=1, p=3, d=2)
add("1c", "conv output shape (dilation)", "shape", [8, h_c, h_c], layout="CHW")
h_d = conv_out(h_a, 3, s=2)
add("1d", "max pooling output shape", "shape", [16, h_d, h_d], layout="CHW")
h_e = convT_out(h_b, 4, s=2, p=1)
add("1e", "transposed conv output shape", "shape", [8, h_e, h_e], layout="CHW")
h_f = int(np.ceil(65 / 2))  # 'same' with stride s: ceil(n / s)
add("1f", "conv output shape ('same', channels-last)", "shape", [h_f, h_f, 10], layout="HWC")
add("1g", why="explain in words (asymmetric 'same' padding across frameworks)")

# ---------------- Problem 2 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("2a", "1D cross-correlation", "vector", r(xcorr1d(x, w)))
add("2b", "1D cross-correlation (stride, padding)", "vector", r(xcorr1d(x, w, stride=2, pad=1)))
add("2c", "1D true convolution", "vector", r(xcorr1d(x, w[::-1])))
# recover a 2-tap filter: rows of the input windows times u = output
u_in = np.array([1, 2, 0, -1], float)
v_out = np.array([1, 6, 1], float)
A = np.array([u_in[i:i + 2] for i in range(3)])
u_hat, res, *_ = np.linalg.lstsq(A, v_out, rcond=None)
assert np.allclose(A @ u_hat, v_out)
add("2d", "recover filter from input and output", "vector", r(u_hat))
z = np.array([1, -2, 3], float)
k = np.array([1, 2, -1], float)
yT = np.zeros((len(z) - 1) * 2 + len(k))
for i, zi in enumerate(z):
    yT[2 * i:2 * i + len(k)] += zi * k
add("2e", "1D transposed convolution", "vector", r(yT))

# ---------------- Problem 3 ----------------
X = np.array([[1, 0, 2, 1], [3, 1, 0, 2], [0, 2, 1, 3], [1, 1, 0, 0]], float)
K = np.array([[1, -1], [0, 2]], float)
Y3a = xcorr2d(X, K)
add("3a", "2D cross-correlation", "matrix", r(Y3a))
add("3b", "2D cross-correlation (stride 2)", "matrix", r(xcorr2d(X, K, stride=2)))
add("3c", "max pooling", "matrix", r(pool2d(X, 2, 2, np.max)))
add("3d", "average pooling", "matrix", r(pool2d(X, 2, 2, np.mean)), tol=0.001)
add("3e", "global average pooling", "real", r(Y3a.mean()), tol=0.001)
Z = np.array([[1, 2], [0, -1]], float)
add("3f", "2D transposed convolution", "matrix", r(convT2d(Z, K)))

# ---------------- Problem 4 ----------------
layers = [("conv1", 3, 1), ("conv2", 3, 1), ("pool1", 2, 2), ("conv3", 3, 1)]
rf, jump, rfs = 1, 1, {}
for name, kk, ss in layers:
    rf += (kk - 1) * jump
    jump *= ss
    rfs[name] = rf
add("4a", "receptive field", "integer", rfs["conv2"])
add("4b", "receptive field", "integer", rfs["conv3"])
h2 = conv_out(conv_out(32, 3, 1, 1), 3, 1, 1)
macs = h2 * h2 * 32 * (16 * 3 * 3)
add("4c", "conv MACs", "integer", int(macs))
add("4d", why="explain in words (two reasons for stacked 3x3 convolutions)")

out = {"set": "hw3_convnets", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=1000)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=1000))
