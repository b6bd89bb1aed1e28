"""Recompute every answer of cnn-exam/problems.tex and write expected.yaml."""
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


def nocomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def corr2d(X, K, s=1, p=0):
    X = np.pad(X, p)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // s + 1
    ow = (X.shape[1] - kw) // s + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K)
    return Y


def mat(Y):
    return [[float(v) if not float(v).is_integer() else int(v) for v in row] for row in Y]


def vec(y, nd=None):
    out = []
    for v in y:
        v = float(v)
        if nd is not None:
            v = round(v, nd)
        out.append(int(v) if v.is_integer() else v)
    return out


# Problem 1: 3 x 64 x 64 input
H = 64
add("1a", "conv output shape", "shape", [16, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)], layout="CHW")
hb = conv_out(H, 3, 2, 1)
add("1b", "conv output shape (stride)", "shape", [32, hb, hb], layout="CHW")
hc = conv_out(H, 3, 1, 0, 2)
add("1c", "conv output shape (dilation)", "shape", [8, hc, hc], layout="CHW")
hd = conv_out(hb, 3, 2, 0)
add("1d", "max pool output shape", "shape", [32, hd, hd], layout="CHW")
he = (32 - 1) * 2 - 2 * 1 + (4 - 1) + 1
add("1e", "transposed conv output shape", "shape", [8, he, he], layout="CHW")
hf = int(np.ceil(H / 1))  # 'same' with stride 1
add("1f", "conv output shape ('same')", "shape", [hf, hf, 12], layout="HWC")

# Problem 2
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]])
K = np.array([[1, 0], [-1, 2]])
add("2a", "2D cross-correlation", "matrix", mat(corr2d(X, K)))
add("2b", "2D cross-correlation (padding, stride)", "matrix", mat(corr2d(X, K, s=2, p=1)))
add("2c", "2D true convolution entry", "integer", int(corr2d(X, K[::-1, ::-1])[0, 0]))

# Problem 3
x = np.array([1, 2, -1])
w = np.array([1, 3, 2])
s = 2
y = np.zeros((len(x) - 1) * s + len(w))
for i, xi in enumerate(x):
    y[i * s:i * s + len(w)] += xi * w
add("3a", "1D transposed convolution", "vector", vec(y))
x = np.array([1, 2, 0, -1, 3])
yv = np.array([0, 3, 4])
A = np.array([x[i:i + 3] for i in range(3)], dtype=float)
wsol = np.linalg.solve(A, yv)
add("3b", "recover filter from input and output", "vector", vec(np.round(wsol, 10)))
nocomp("3c", "explain in words")

# Problem 4
Am = np.array([[1, 3, 2, 0], [4, 6, 1, 2], [0, 2, 5, 7], [3, 1, 8, 4]], dtype=float)
blocks = Am.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
add("4a", "max pooling", "matrix", mat(blocks.max(-1)))
add("4b", "average pooling", "matrix", mat(blocks.mean(-1)))
add("4c", "global average pooling", "real", float(Am.mean()), tol=0.001)

# Problem 5
cin, cout, k = 64, 128, 3
std = cin * cout * k * k + cout
dws = (cin * k * k + cin) + (cin * cout + cout)
grp = cout * (cin // 4) * k * k + cout
pw = cin * cout + cout
add("5a", "conv parameter count", "integer", std)
add("5b", "depthwise separable parameter count", "integer", dws)
add("5c", "grouped conv parameter count", "integer", grp)
add("5d", "conv MACs", "integer", 32 * 32 * cout * cin * k * k)
rf, jump = 1, 1
for kk, ss in [(3, 1), (3, 1), (2, 2), (3, 1)]:
    rf += (kk - 1) * jump
    jump *= ss
add("5e", "receptive field", "integer", rf)
counts = {"A": std, "B": dws, "C": grp, "D": pw}
add("5f", "parameter count comparison", "choice", min(counts, key=counts.get))
nocomp("5g", "ambiguous: whether the layer has a bias is not stated (3*8*25 = 600 without, 608 with)")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "cnn-exam", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
