"""Recompute every answer of hw3_convolutions/problems.tex and write expected.yaml."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def r(a, nd=4):
    a = np.asarray(a, dtype=float)
    out = np.round(a, nd) + 0.0  # +0.0 turns -0.0 into 0.0
    return out.tolist() if out.ndim else float(out)


def i(a):
    a = np.asarray(a)
    return a.astype(int).tolist() if a.ndim else int(a)


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    w = np.asarray(w, float)
    n = (len(x) - len(w)) // stride + 1
    return np.array([x[j * stride:j * stride + len(w)] @ w for j in range(n)])


def corr2d(X, K, stride=1):
    X = np.asarray(X, float)
    K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for a in range(oh):
        for b in range(ow):
            Y[a, b] = np.sum(X[a * stride:a * stride + kh, b * stride:b * stride + kw] * K)
    return Y


def tconv1d(x, w, stride):
    x = np.asarray(x, float)
    w = np.asarray(w, float)
    out = np.zeros((len(x) - 1) * stride + len(w))
    for j, xv in enumerate(x):
        out[j * stride:j * stride + len(w)] += xv * w
    return out


def tconv2d(X, K, stride=1):
    X = np.asarray(X, float)
    K = np.asarray(K, float)
    kh, kw = K.shape
    out = np.zeros(((X.shape[0] - 1) * stride + kh, (X.shape[1] - 1) * stride + kw))
    for a in range(X.shape[0]):
        for b in range(X.shape[1]):
            out[a * stride:a * stride + kh, b * stride:b * stride + kw] += X[a, b] * K
    return out


def receptive_field(layers):
    rf, jump = 1, 1
    for k, s, d in layers:
        keff = d * (k - 1) + 1
        rf += (keff - 1) * jump
        jump *= s
    return rf, jump


parts = []


def add(pid, family, kind, answer, **kw):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Problem 1: output shapes, input 8 x 3 x 64 x 64 ----------------
N, C, H = 8, 3, 64
h_a = conv_out(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [N, 32, h_a, h_a], layout="NCHW")
h_b = conv_out(H, 5, 2, 2)
add("1b", "conv output shape (stride)", "shape", [N, 32, h_b, h_b], layout="NCHW")
h_c = conv_out(H, 3, 1, 0, 2)
add("1c", "conv output shape (dilation)", "shape", [N, 16, h_c, h_c], layout="NCHW")
h_d = conv_out(h_a, 3, 2, 0)
add("1d", "pooling output shape", "shape", [N, 32, h_d, h_d], layout="NCHW")
h_e = tconv_out(h_b, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [N, 16, h_e, h_e], layout="NCHW")
h_f = math.ceil(H / 3)  # Keras/TF 'same': ceil(n / stride)
add("1f", "conv output shape ('same', Keras)", "shape", [h_f, h_f, 10], layout="HWC")
nc("1g", "explain in words")

# ---------------- Problem 2: convolution by hand ----------------
x = [2, -1, 0, 3, 1, -2]
w = [1, 0, -1]
add("2a", "1D cross-correlation", "vector", i(corr1d(x, w)))
add("2b", "1D true convolution (flipped)", "vector", i(corr1d(x, w[::-1])))
add("2c", "1D cross-correlation (padding, stride)", "vector", i(corr1d(x, w, stride=2, pad=1)))
X = np.array([[1, 2, 0, -1], [0, 1, 3, 2], [2, -1, 1, 0], [1, 0, 2, 1]])
K = np.array([[1, -1], [2, 0]])
add("2d", "2D cross-correlation", "matrix", i(corr2d(X, K)))
add("2e", "2D cross-correlation (stride)", "matrix", i(corr2d(X, K, stride=2)))
opts = {"A": -1, "B": 5, "C": 3, "D": 1}
tl = corr2d(X, K[::-1, ::-1])[0, 0]
letter = [k for k, v in opts.items() if v == tl]
assert len(letter) == 1
add("2f", "2D true convolution (multiple choice)", "choice", letter[0])

# ---------------- Problem 3: transposed conv, filter recovery ----------------
add("3a", "1D transposed convolution", "vector", i(tconv1d([1, 2, -1], [1, -1, 2], 2)))
add("3b", "2D transposed convolution", "matrix", i(tconv2d([[1, 2], [3, 4]], [[1, 0], [-1, 2]])))
xin = np.array([1, 2, 0, -1, 3], float)
yout = np.array([0, 3, 4], float)
A = np.array([xin[j:j + 3] for j in range(3)])
wrec = np.linalg.solve(A, yout)
assert np.allclose(corr1d(xin, wrec), yout)
add("3c", "recover filter", "vector", r(wrec), tolerance=0.001)
xin = np.array([1, 0, 2, 1], float)
yout = np.array([2, -5, 3], float)
A = np.array([[xin[j], xin[j + 1], 1.0] for j in range(3)])
sol = np.linalg.solve(A, yout)
add("3d", "recover filter and bias", "vector", r(sol), tolerance=0.001)
nc("3e", "prove / show a general statement")

# ---------------- Problem 4: receptive fields ----------------
stack = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]
add("4a", "receptive field", "integer", receptive_field(stack[:3])[0])
rf_b = receptive_field(stack)[0]
add("4b", "receptive field (dilation)", "integer", rf_b)
stack_c = [(3, 1, 1), (3, 1, 1), (2, 1, 1), (3, 1, 1), (3, 1, 2)]
add("4c", "receptive field", "integer", receptive_field(stack_c)[0])
stack_d = stack[:4] + [(5, 1, 1)]
add("4d", "receptive field (true/false)", "boolean", bool(receptive_field(stack_d)[0] == rf_b))

out = {"set": "hw3_convolutions", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
