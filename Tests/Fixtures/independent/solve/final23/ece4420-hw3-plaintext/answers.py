"""Recompute every answer of ECE 4420 HW3 (plain-text handout) and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def py(v, nd=4):
    """numpy -> plain python, rounding floats to nd decimals."""
    a = np.asarray(v)
    if a.dtype.kind in "iub":
        return a.tolist()
    out = np.round(a.astype(float), nd) + 0.0   # +0.0 removes -0.0
    return out.tolist()


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def corr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


parts = []

# ---------------- Q1 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
parts.append(dict(id="1a", computable=True, family="1D cross-correlation", answer_kind="vector",
                  answer=py(corr1d(x, w)), tolerance=0.001))
parts.append(dict(id="1b", computable=True, family="1D cross-correlation with stride and padding",
                  answer_kind="vector", answer=py(corr1d(x, w, stride=2, pad=1)), tolerance=0.001))
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 0, 1, 1], [1, 3, 2, 0]], float)
K = np.array([[1, 0, -1], [2, 1, 0], [0, -1, 1]], float)
parts.append(dict(id="1c.i", computable=True, family="2D cross-correlation", answer_kind="matrix",
                  answer=py(corr2d(X, K)), tolerance=0.001))
parts.append(dict(id="1c.ii", computable=True, family="2D true convolution (flipped kernel)",
                  answer_kind="matrix", answer=py(corr2d(X, K[::-1, ::-1])), tolerance=0.001))
# recover the filter: y_i = w1 x_i + w2 x_{i+1}
xin = np.array([1, 2, 3, 4], float)
yout = np.array([5, 8, 11], float)
A = np.stack([xin[:-1], xin[1:]], axis=1)
wf, *_ = np.linalg.lstsq(A, yout, rcond=None)
assert np.allclose(A @ wf, yout)
parts.append(dict(id="1d", computable=True, family="recover filter from input and output",
                  answer_kind="vector", answer=py(wf), tolerance=0.001))
parts.append(dict(id="1e", computable=False, why="explain in words (learned kernels absorb the flip)"))

# ---------------- Q2 ----------------
H = 64
c1 = (32, conv_out(H, 5, 1, 2))
c2 = (32, conv_out(c1[1], 2, 2, 0))
c3 = (64, conv_out(c2[1], 3, 2, 1))
c4 = (64, conv_out(c3[1], 3, 1, 2, d=2))
parts.append(dict(id="2a", computable=True, family="conv output shape (stride, padding)", answer_kind="shape",
                  answer=[c3[0], c3[1], c3[1]], layout="CHW"))
parts.append(dict(id="2b", computable=True, family="conv output shape (dilation)", answer_kind="shape",
                  answer=[c4[0], c4[1], c4[1]], layout="CHW"))
p1 = 3 * 5 * 5 * 32 + 32
p3 = 32 * 3 * 3 * 64 + 64
p4 = 64 * 3 * 3 * 64 + 64
p6 = 64 * 10 + 10
parts.append(dict(id="2c", computable=True, family="CNN parameter count", answer_kind="integer",
                  answer=int(p1 + p3 + p4 + p6)))
# receptive field: (kernel, stride, dilation)
r, j = 1, 1
for k, s, d in [(5, 1, 1), (2, 2, 1), (3, 2, 1), (3, 1, 2)]:
    keff = d * (k - 1) + 1
    r += (keff - 1) * j
    j *= s
parts.append(dict(id="2d", computable=True, family="receptive field", answer_kind="integer", answer=int(r)))
macs1 = c1[0] * c1[1] * c1[1] * 3 * 5 * 5
parts.append(dict(id="2e", computable=True, family="conv MACs", answer_kind="integer", answer=int(macs1)))
dws = (32 * 3 * 3 + 32) + (32 * 64 + 64)
opts = {"A": 2112, "B": 2432, "C": 18496, "D": 2400}
letter = [k for k, v in opts.items() if v == dws]
assert len(letter) == 1
parts.append(dict(id="2f", computable=True, family="depthwise separable parameter count",
                  answer_kind="choice", answer=letter[0]))

# ---------------- Q3 ----------------
a = np.array([2.0, 0.5, 1.5, 3.0])
p_drop = 0.25
mask = np.array([1, 0, 1, 1], float)
parts.append(dict(id="3a", computable=True, family="inverted dropout (training)", answer_kind="vector",
                  answer=py(a * mask / (1 - p_drop)), tolerance=0.001))
parts.append(dict(id="3b", computable=True, family="classic dropout (test-time scaling)", answer_kind="vector",
                  answer=py(a * (1 - p_drop)), tolerance=0.001))
z = np.array([-2, 0, 1.5])
s = 1 / (1 + np.exp(-z))
parts.append(dict(id="3c", computable=True, family="sigmoid derivative", answer_kind="vector",
                  answer=py(s * (1 - s)), tolerance=0.001))
parts.append(dict(id="3d", computable=True, family="ReLU derivative", answer_kind="boolean",
                  answer=bool(float(-0.3 > 0) == 0.0)))   # statement "ReLU'(-0.3) = 0"

# ---------------- Q4 ----------------
def grad(w):
    return np.array([w[0], 4 * w[1]])

w0 = np.array([1.0, -2.0])
eta = 0.1
parts.append(dict(id="4a", computable=True, family="SGD step", answer_kind="vector",
                  answer=py(w0 - eta * grad(w0)), tolerance=0.001))

beta = 0.9
w_, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = beta * v + grad(w_)
    w_ = w_ - eta * v
parts.append(dict(id="4b", computable=True, family="momentum (heavy ball), two steps", answer_kind="vector",
                  answer=py(w_), tolerance=0.001))

w_, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = beta * v + grad(w_ - eta * beta * v)
    w_ = w_ - eta * v
parts.append(dict(id="4c", computable=True, family="Nesterov momentum, two steps", answer_kind="vector",
                  answer=py(w_), tolerance=0.001))

b1, b2, eps = 0.9, 0.999, 1e-8
w_, m, vv = w0.copy(), np.zeros(2), np.zeros(2)
for t in (1, 2):
    g = grad(w_)
    m = b1 * m + (1 - b1) * g
    vv = b2 * vv + (1 - b2) * g * g
    mh = m / (1 - b1 ** t)
    vh = vv / (1 - b2 ** t)
    w_ = w_ - eta * mh / (np.sqrt(vh) + eps)
parts.append(dict(id="4d", computable=True, family="Adam, two steps", answer_kind="vector",
                  answer=py(w_), tolerance=0.001))
lam = 0.01
parts.append(dict(id="4e", computable=True, family="SGD with L2 weight decay", answer_kind="vector",
                  answer=py(w0 - eta * (grad(w0) + lam * w0)), tolerance=0.001))
parts.append(dict(id="4f", computable=False, why="explain in words"))

doc = {"set": "ece4420-hw3-plaintext", "source": "problems.txt", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
