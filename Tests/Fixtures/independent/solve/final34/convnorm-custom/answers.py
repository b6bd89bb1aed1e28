"""Recompute every answer of convnorm-custom/problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def clean(v):
    a = np.asarray(v, dtype=float)
    r = np.round(a, 4) + 0.0  # +0.0 turns -0.0 into 0.0
    out = r.tolist()
    def tidy(x):
        if isinstance(x, list):
            return [tidy(y) for y in x]
        return int(x) if float(x).is_integer() else x
    return tidy(out)


def add(id_, family, kind, answer, **extra):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
                      for j in range(ow)] for i in range(oh)])


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


def convT1d(u, k, s):
    u, k = np.asarray(u, float), np.asarray(k, float)
    out = np.zeros((len(u) - 1) * s + len(k))
    for i, ui in enumerate(u):
        out[i * s:i * s + len(k)] += ui * k
    return out


def convT2d(Z, K, s):
    Z, K = np.asarray(Z, float), np.asarray(K, float)
    kh, kw = K.shape
    out = np.zeros(((Z.shape[0] - 1) * s + kh, (Z.shape[1] - 1) * s + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i * s:i * s + kh, j * s:j * s + kw] += Z[i, j] * K
    return out


# ---- Problem 1 ----
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("1a", "1D cross-correlation", "vector", clean(xcorr1d(x, w)))
add("1b", "1D cross-correlation with padding and stride", "vector", clean(xcorr1d(x, w, stride=2, pad=1)))
add("1c", "1D true convolution (flipped kernel)", "vector", clean(xcorr1d(x, w[::-1])))
target = np.array([5, -5, 6, -1, -2], float)
A = np.stack([x[:-1], x[1:]], axis=1)  # y_i = v1 x_i + v2 x_{i+1}
v, res, *_ = np.linalg.lstsq(A, target, rcond=None)
assert np.allclose(A @ v, target)
add("1d", "recover filter from input and output", "vector", clean(v))

# ---- Problem 2 ----
X = np.array([[1, 2, 0, 1], [3, 1, 2, 2], [0, 1, 3, 1], [2, 0, 1, 4]], float)
K = np.array([[1, -1], [0, 2]], float)
add("2a", "2D cross-correlation", "matrix", clean(xcorr2d(X, K)))
add("2b", "2D cross-correlation with stride", "matrix", clean(xcorr2d(X, K, stride=2)))
add("2c", "max pooling", "matrix", clean(pool2d(X, 2, 2, np.max)))
add("2d", "average pooling", "matrix", clean(pool2d(X, 2, 2, np.mean)), tolerance=0.001)
add("2e", "global average pooling", "real", clean(X.mean()), tolerance=0.001)

# ---- Problem 3 ----
add("3a", "1D transposed convolution", "vector", clean(convT1d([1, 2, 3], [1, -1, 2], 2)))
add("3b", "2D transposed convolution", "matrix",
    clean(convT2d([[1, 2], [-1, 3]], [[1, 0], [2, -1]], 2)))
nc("3c", "explain in words")

# ---- Problem 4 ----
xb = np.array([2, 4, 4, 10], float)
gamma, beta, eps = 2.0, 0.5, 0.0
mu = xb.mean()
var = xb.var()  # biased
xhat = (xb - mu) / np.sqrt(var + eps)
y = gamma * xhat + beta
add("4a", "batch norm forward", "vector", clean(y), tolerance=0.001)
g = np.array([1, 0, -1, 2], float)
add("4b.i", "batch norm gradient wrt gamma", "real", clean(np.sum(g * xhat)), tolerance=0.001)
add("4b.ii", "batch norm gradient wrt beta", "real", clean(np.sum(g)))
m = len(xb)
dxhat = g * gamma
dx = (1.0 / np.sqrt(var + eps)) * (dxhat - dxhat.mean() - xhat * np.mean(dxhat * xhat))
# numerical check of the analytic formula
def bn_loss(xv):
    mu_ = xv.mean(); xh = (xv - mu_) / np.sqrt(xv.var() + eps)
    return np.sum(g * (gamma * xh + beta))
num = np.array([(bn_loss(xb + 1e-6 * e) - bn_loss(xb - 1e-6 * e)) / 2e-6 for e in np.eye(m)])
assert np.allclose(num, dx, atol=1e-5)
add("4c", "batch norm gradient wrt input", "vector", clean(dx), tolerance=0.001)
x1 = np.array([6.0])
y1 = gamma * (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-5) + beta
add("4d", "batch norm forward, batch of one", "real", clean(y1[0]))
# with one example, xhat = 0 identically, so dL/dx = 0 for any upstream gradient
gg = np.array([3.7])
dxhat1 = gg * gamma
xh1 = (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-5)
dx1 = (1.0 / np.sqrt(x1.var() + 1e-5)) * (dxhat1 - dxhat1.mean() - xh1 * np.mean(dxhat1 * xh1))
add("4e", "batch norm gradient, batch of one (true/false)", "boolean", bool(np.allclose(dx1, 0)))
h = np.array([1, 2, 3, 6], float)
add("4f", "layer norm forward", "vector", clean((h - h.mean()) / np.sqrt(h.var())), tolerance=0.001)

# ---- Problem 5 ----
hd = np.array([1.0, -2.0, 0.5, 3.0, 4.0])
p = 0.2
mask = np.array([1, 0, 1, 1, 0], float)
add("5a", "inverted dropout (training)", "vector", clean(hd * mask / (1 - p)), tolerance=0.001)
add("5b", "classic dropout (test-time scaling)", "vector", clean(hd * (1 - p)), tolerance=0.001)
nc("5c", "explain in words")


class Dumper(yaml.SafeDumper):
    pass


def _list(dumper, value):
    flow = not any(isinstance(x, dict) for x in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


Dumper.add_representer(list, _list)
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump({"set": "convnorm-custom", "source": "problems.tex", "parts": parts}, f,
              Dumper=Dumper, sort_keys=False, default_flow_style=False, width=200)
