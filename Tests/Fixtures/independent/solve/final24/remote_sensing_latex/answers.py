"""Expected answers for remote_sensing_latex (GEOG/CS 5630 Problem Set 2). Run: python3 answers.py"""
import numpy as np
import yaml

parts = []


class FlowList(list):
    pass


yaml.SafeDumper.add_representer(
    FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def add(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    if kind in ("real", "vector", "matrix"):
        answer = (np.round(np.asarray(answer, dtype=float), 6) + 0.0).tolist()
    if isinstance(answer, list):
        answer = FlowList(FlowList(a) if isinstance(a, list) else a for a in answer)
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def xcorr2d(X, K, stride=1):
    kh, kw = K.shape
    H = (X.shape[0] - kh) // stride + 1
    W = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(W)] for i in range(H)])


def pool2d(X, k, s, fn):
    H = (X.shape[0] - k) // s + 1
    W = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i*s:i*s+k, j*s:j*s+k]) for j in range(W)] for i in range(H)])


def out_len(L, k, s=1, p=0):
    return (L + 2 * p - k) // s + 1


def tconv_len(L, k, s=1, p=0):
    return (L - 1) * s - 2 * p + k


# ---- Problem 1
X = np.array([[1, 2, 0, 1], [0, 1, 3, 1], [2, 1, 0, 0], [1, 0, 1, 2]], float)
K = np.array([[1, -1], [0, 2]], float)
Y = xcorr2d(X, K)
add("1a", "2D cross-correlation by hand", "matrix", Y)
add("1b", "2D cross-correlation with stride", "matrix", xcorr2d(X, K, stride=2))
add("1c", "max pooling", "matrix", pool2d(X, 2, 2, np.max))
add("1d", "average pooling", "matrix", pool2d(X, 2, 2, np.mean), tol=0.001)
add("1e", "global average pooling", "real", Y.mean(), tol=0.001)

# ---- Problem 2
C, H = 13, 256
H1 = out_len(H, 7, 2, 3); C1 = 32
add("2a", "conv output shape", "shape", [C1, H1, H1], layout="CHW")
H2 = out_len(H1, 3, 2, 1)
add("2b", "max pool output shape", "shape", [C1, H2, H2], layout="CHW")
H3 = out_len(H2, 3, 1, 1); C3 = 64          # 'same'
H4 = out_len(H3, 3, 1, 1); C4 = 128         # depthwise pad 1, then 1x1
add("2c", "depthwise separable output shape", "shape", [C4, H4, H4], layout="CHW")
H5 = out_len(H4, 3, 1, 1); C5 = 128
H6 = tconv_len(H5, 4, 2, 1); C6 = 64
add("2d", "transposed conv output shape", "shape", [C6, H6, H6], layout="CHW")
p1 = C1 * C * 7 * 7 + C1
add("2e", "conv parameter count", "integer", p1)
p3 = C3 * C1 * 9 + C3
p4 = (C3 * 9 + C3) + (C4 * C3 + C4)
add("2f", "depthwise separable parameter count", "integer", p4)
p5 = C5 * (C4 // 4) * 9 + C5
add("2g", "grouped conv parameter count", "integer", p5)
add("2h", "conv MACs", "integer", C3 * H3 * H3 * C1 * 9)
r, j = 1, 1
for k, s in [(7, 2), (3, 2), (3, 1)]:
    r += (k - 1) * j
    j *= s
add("2i", "receptive field", "integer", r)
p6 = C5 * C6 * 4 * 4 + C6
opts = {"A": p1, "B": p3, "C": p5, "D": p6}
add("2j", "largest parameter count (multiple choice)", "choice", max(opts, key=opts.get))
nc("2k", "explain in words")

# ---- Problem 3
x = np.array([2, 4, 4, 6], float)
g, b = 2.0, 0.5
mu, var = x.mean(), x.var()            # biased
xh = (x - mu) / np.sqrt(var)
add("3a", "batch norm forward", "vector", g * xh + b, tol=0.001)
dy = np.array([1, 2, 0, -1], float)
add("3b.i", "batch norm gradient wrt gamma", "real", np.sum(dy * xh), tol=0.001)
add("3b.ii", "batch norm gradient wrt beta", "real", np.sum(dy), tol=0.001)
n = len(x)
dx = (g / np.sqrt(var)) * (dy - dy.mean() - xh * np.mean(dy * xh))
# check against finite differences
def loss(xx):
    m, v = xx.mean(), xx.var()
    return np.sum(dy * (g * (xx - m) / np.sqrt(v) + b))
fd = np.array([(loss(x + 1e-6 * e) - loss(x - 1e-6 * e)) / 2e-6 for e in np.eye(n)])
assert np.allclose(fd, dx, atol=1e-5)
add("3b.iii", "batch norm gradient wrt input", "vector", dx, tol=0.001)
x1 = np.array([3.0])
add("3c", "batch norm with a batch of one", "real", (g * (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-3) + b)[0], tol=0.001)
add("3d", "batch norm parameter count", "integer", 2 * 64)

doc = {"set": "remote_sensing_latex", "source": "problems.tex", "parts": parts}
with open("expected.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=False, width=200)
print(open("expected.yaml").read())
