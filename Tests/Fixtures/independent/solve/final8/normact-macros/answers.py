"""Recompute every answer of normact-macros/problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []
R = 4  # decimals kept for real answers
TOL = 0.001


def rv(a):
    return [round(float(v), R) + 0.0 for v in np.asarray(a).ravel()]


def rm(a):
    return [[round(float(v), R) + 0.0 for v in row] for row in np.asarray(a)]


def add(id, family, kind, answer, **kw):
    d = {"id": id, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def skip(id, why):
    parts.append({"id": id, "computable": False, "why": why})


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()          # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, var


def bn_backward(dy, xhat, var, gamma, eps):
    N = len(dy)
    return gamma / np.sqrt(var + eps) / N * (N * dy - dy.sum() - xhat * (dy * xhat).sum())


# ---------------- Exercise 3.1
x = np.array([2, 4, 6, 8], float)
g, b, eps = 2.0, 1.0, 0.0
y, xhat, var = bn_forward(x, g, b, eps)
add("3.1a", "batch norm normalized values", "vector", rv(xhat), tolerance=TOL)
add("3.1b", "batch norm output", "vector", rv(y), tolerance=TOL)
dy = np.array([1, 0, 0, -1], float)
add("3.1c", "batch norm gamma/beta gradients", "vector", rv([(dy * xhat).sum(), dy.sum()]), tolerance=TOL)
dx = bn_backward(dy, xhat, var, g, eps)
# finite-difference check of dL/dx with L = dy . y
fd = np.array([(dy @ bn_forward(x + 1e-6 * e, g, b, eps)[0] - dy @ bn_forward(x - 1e-6 * e, g, b, eps)[0]) / 2e-6
               for e in np.eye(4)])
assert np.allclose(fd, dx, atol=1e-5)
add("3.1d", "batch norm input gradient", "vector", rv(dx), tolerance=TOL)
x1 = np.array([7.0])
y1, xhat1, var1 = bn_forward(x1, g, b, 1e-5)
add("3.1e", "batch norm output, batch of one", "real", round(float(y1[0]), R), tolerance=TOL)
dx1 = bn_backward(np.array([3.0]), xhat1, var1, g, 1e-5)
add("3.1f", "batch norm gradient, batch of one", "real", round(float(dx1[0]), R) + 0.0, tolerance=TOL)
h = np.array([3, -1, 0, 2], float)
ln = (h - h.mean()) / np.sqrt(h.var())
add("3.1g", "layer norm output", "vector", rv(ln), tolerance=TOL)

# ---------------- Exercise 3.2
h = np.array([2.0, -1.0, 0.5, 3.0, 1.5])
p = 0.4
m = np.array([1, 0, 1, 1, 0], float)
add("3.2a", "inverted dropout (train)", "vector", rv(h * m / (1 - p)), tolerance=TOL)
add("3.2b", "inverted dropout (test) true/false", "boolean", True)
add("3.2c", "classic dropout (test)", "vector", rv(h * (1 - p)), tolerance=TOL)
add("3.2d", "dropout expectation", "real", round(float((1 - p) * h[3] / (1 - p) + p * 0), R), tolerance=TOL)

# ---------------- Exercise 3.3
z = np.array([1.0, -2.0, 0.5])
sig = 1 / (1 + np.exp(-z))
add("3.3a", "sigmoid", "vector", rv(sig), tolerance=TOL)
add("3.3b", "sigmoid derivative", "vector", rv(sig * (1 - sig)), tolerance=TOL)
sm = np.exp(z - z.max()); sm /= sm.sum()
add("3.3c", "softmax", "vector", rv(sm), tolerance=TOL)
add("3.3d", "cross-entropy loss", "real", round(float(-np.log(sm[2])), R), tolerance=TOL)
onehot = np.array([0, 0, 1.0])
add("3.3e", "cross-entropy gradient", "vector", rv(sm - onehot), tolerance=TOL)
s = np.array([3.2, 5.1, -1.7]); yc = 0
hinge = sum(max(0.0, s[j] - s[yc] + 1) for j in range(3) if j != yc)
add("3.3f", "multiclass hinge loss", "real", round(float(hinge), R), tolerance=TOL)

# ---------------- Exercise 3.4
x = np.array([1.0, 2.0])
W1 = np.array([[1, -1], [2, 0], [0.5, 1]])
b1 = np.array([0, -1, 1.0])
w2 = np.array([1, -2, 0.5])
b2, yt = 0.5, 2.0
a = W1 @ x + b1
hh = np.maximum(a, 0)
yhat = w2 @ hh + b2
L = 0.5 * (yhat - yt) ** 2
add("3.4a", "MLP forward (hidden layer)", "vector", rv(hh), tolerance=TOL)
add("3.4b", "MLP forward (output)", "real", round(float(yhat), R), tolerance=TOL)
add("3.4c", "squared loss", "real", round(float(L), R), tolerance=TOL)
delta = (yhat - yt) * w2 * (a > 0)
dW1 = np.outer(delta, x)
add("3.4d", "backprop weight gradient", "matrix", rm(dW1), tolerance=TOL)
skip("3.4e", "explain in words")

doc = {"set": "normact-macros", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
