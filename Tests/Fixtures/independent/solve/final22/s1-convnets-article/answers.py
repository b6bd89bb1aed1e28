"""Answers for s1-convnets-article (CSE 447 HW3). Run: python3 answers.py -> expected.yaml"""
import numpy as np
# ---- helpers: collect labels and write expected.yaml ----
import os
import yaml

PARTS = []


def _py(v, nd):
    """numpy -> plain python; floats rounded to nd decimals, integral values as int."""
    a = np.asarray(v)
    if a.dtype.kind == "f":
        a = np.round(a.astype(float), nd) + 0.0  # +0.0 turns -0.0 into 0.0
        if np.all(a == np.round(a)):
            return a.astype(int).tolist()
    return a.tolist()


def comp(pid, family, kind, value, tol=None, layout=None, nd=4):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if kind in ("choice", "choices", "boolean"):
        d["answer"] = value if not isinstance(value, np.bool_) else bool(value)
    elif kind in ("integer", "shape"):
        a = np.asarray(value)
        assert np.all(a == np.round(a)), (pid, value)
        d["answer"] = np.round(a).astype(int).tolist()
    else:
        d["answer"] = _py(value, nd)
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    PARTS.append(d)


def noncomp(pid, why):
    PARTS.append({"id": pid, "computable": False, "why": why})


def write(setname, source):
    ids = [p["id"] for p in PARTS]
    assert len(ids) == len(set(ids)), "duplicate id"
    doc = {"set": setname, "source": source, "parts": PARTS}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "expected.yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
    n = sum(p["computable"] for p in PARTS)
    print(f"{setname}: {len(PARTS)} parts, {n} computable")


# ---------------------------------------------------------------- computations
def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def pool_out(n, k, s):
    return (n - k) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    H, W = X.shape[0] - kh + 1, X.shape[1] - kw + 1
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K) for j in range(W)] for i in range(H)])


def pool2d(X, k, s, op):
    X = np.asarray(X, float)
    H, W = pool_out(X.shape[0], k, s), pool_out(X.shape[1], k, s)
    return np.array([[op(X[i * s:i * s + k, j * s:j * s + k]) for j in range(W)] for i in range(H)])


def convT2d(Z, G, s):
    Z = np.asarray(Z, float); G = np.asarray(G, float)
    kh, kw = G.shape
    out = np.zeros(((Z.shape[0] - 1) * s + kh, (Z.shape[1] - 1) * s + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i * s:i * s + kh, j * s:j * s + kw] += Z[i, j] * G
    return out


# Problem 1: input 3 x 64 x 64
H = 64
comp("1a", "conv output shape", "shape", [16, conv_out(H, 5), conv_out(H, 5)], layout="CHW")
hb = conv_out(H, 5, s=2, p=2)
comp("1b", "conv output shape (stride, padding)", "shape", [16, hb, hb], layout="CHW")
hc = conv_out(H, 3, s=1, p=1, d=2)
comp("1c", "conv output shape (dilation)", "shape", [32, hc, hc], layout="CHW")
hd = pool_out(hb, 3, 2)
comp("1d", "max pooling output shape", "shape", [16, hd, hd], layout="CHW")
he = convT_out(hb, 4, s=2, p=1)
comp("1e", "transposed conv output shape", "shape", [8, he, he], layout="CHW")
noncomp("1f", "explain in words")

# Problem 2
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
comp("2a", "1D cross-correlation by hand", "vector", corr1d(x, w))
comp("2b", "1D cross-correlation with padding and stride", "vector", corr1d(x, w, stride=2, pad=1))
comp("2c", "1D true convolution (flipped kernel)", "vector", np.convolve(x, w, mode="valid"))
X = np.array([[1, 0, 2, 3], [4, 1, 0, 1], [2, 3, 1, 0], [0, 1, 2, 4]], float)
K = np.array([[1, -1], [0, 2]], float)
comp("2d", "2D cross-correlation by hand", "matrix", corr2d(X, K))
comp("2e", "max pooling", "matrix", pool2d(X, 2, 2, np.max))
comp("2f", "average pooling", "matrix", pool2d(X, 2, 2, np.mean), tol=0.001)

# Problem 3
Z = np.array([[1, 2], [3, -1]], float)
G = np.array([[1, 0], [2, 1]], float)
comp("3a", "2D transposed convolution", "matrix", convT2d(Z, G, 1))
comp("3b", "2D transposed convolution, stride 2", "matrix", convT2d(Z, G, 2))
xin = np.array([1, 2, 0, -1, 3], float)
yout = np.array([0, 3, 4], float)
A = np.array([xin[i:i + 3] for i in range(3)])  # y_i = sum_k w_k x_{i+k}
wrec = np.linalg.solve(A, yout)
assert np.allclose(corr1d(xin, wrec), yout)
comp("3c", "recover 1D filter from input and output", "vector", wrec, tol=0.001)

# Problem 4: 3x32x32 -> conv1(32) -> conv2(64) -> pool -> conv3(128) -> pool -> fc(10)
def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


p_conv1 = conv_params(3, 32, 3)
p_conv2 = conv_params(32, 64, 3)
p_conv3 = conv_params(64, 128, 3)
s = 32
s = conv_out(s, 3, 1, 1); s = conv_out(s, 3, 1, 1); s = pool_out(s, 2, 2)
s = conv_out(s, 3, 1, 1); s = pool_out(s, 2, 2)
p_fc = 128 * s * s * 10 + 10
comp("4a", "conv parameter count", "integer", p_conv1)
comp("4b", "network parameter count", "integer", p_conv1 + p_conv2 + p_conv3 + p_fc)
p_dw = conv_params(64, 64, 3, groups=64) + conv_params(64, 128, 1)
comp("4c", "depthwise separable parameter count", "integer", p_dw)
comp("4d", "grouped conv parameter count", "integer", conv_params(64, 128, 3, groups=4))
out2 = conv_out(32, 3, 1, 1)
comp("4e", "conv MACs", "integer", 64 * out2 * out2 * 32 * 3 * 3)
# receptive field: r += (k-1)*jump ; jump *= stride
r, jump = 1, 1
for k, st in [(3, 1), (3, 1), (2, 2), (3, 1)]:
    r += (k - 1) * jump
    jump *= st
comp("4f", "receptive field", "integer", r)
noncomp("4g", "discuss: give reasons in words")

write("s1-convnets-article", "problems.tex")
