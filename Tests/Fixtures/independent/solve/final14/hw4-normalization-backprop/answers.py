"""Recompute every answer of hw4-normalization-backprop/problems.tex and write expected.yaml."""
import os

import numpy as np
import yaml

SET = "hw4-normalization-backprop"
parts = []
TOL = 0.001


def r(v, nd=4):
    a = np.asarray(v, float)
    if a.ndim == 0:
        return round(float(a), nd)
    if a.ndim == 1:
        return [round(float(t), nd) for t in a]
    return [[round(float(t), nd) for t in row] for row in a]


def add(pid, family, kind, answer, tol=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Exercise 4.1 ----------------
x = np.array([1.0, 3.0, 4.0, 8.0])
gamma, beta, eps = 2.0, 0.5, 0.0
N = len(x)


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()  # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return mu, var, xhat, gamma * xhat + beta


mu, var, xhat, y = bn_forward(x, gamma, beta, eps)
add("4.1a", "batch norm statistics", "vector", r([mu, var]), TOL)
add("4.1b", "batch norm normalized values", "vector", r(xhat), TOL)
add("4.1c", "batch norm output", "vector", r(y), TOL)
g = np.array([1.0, -1.0, 0.0, 2.0])
dgamma = float(np.sum(g * xhat))
dbeta = float(np.sum(g))
add("4.1d", "batch norm parameter gradients", "vector", r([dgamma, dbeta]), TOL)
dxhat = g * gamma
dx = (1.0 / (N * np.sqrt(var + eps))) * (N * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat))
# numerical check of the analytic gradient
num = np.zeros(N)
for i in range(N):
    e = np.zeros(N)
    e[i] = 1e-6
    num[i] = (np.dot(g, bn_forward(x + e, gamma, beta, eps)[3])
              - np.dot(g, bn_forward(x - e, gamma, beta, eps)[3])) / 2e-6
assert np.allclose(num, dx, atol=1e-5)
add("4.1e", "batch norm input gradient", "vector", r(dx), TOL)
_, _, _, y1 = bn_forward(np.array([5.0]), gamma, beta, 1e-5)
add("4.1f", "batch norm with a batch of one", "real", r(y1[0]), TOL)
hvec = np.array([2.0, 4.0, 6.0, 8.0])
ln = (hvec - hvec.mean()) / np.sqrt(hvec.var())
add("4.1g", "layer norm output", "vector", r(ln), TOL)
skip("4.1h", "explain in words")

# ---------------- Exercise 4.2 ----------------
z = np.array([2.0, 1.0, -1.0])


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


p = softmax(z)
add("4.2a", "softmax", "vector", r(p), TOL)
add("4.2b", "cross-entropy loss", "real", r(-np.log(p[0])), TOL)
onehot = np.array([1.0, 0.0, 0.0])
add("4.2c", "cross-entropy gradient wrt logits", "vector", r(p - onehot), TOL)
add("4.2d", "softmax with temperature", "vector", r(softmax(z / 2.0)), TOL)
yc = 1  # class 2, zero-based
hinge = sum(max(0.0, z[j] - z[yc] + 1.0) for j in range(3) if j != yc)
add("4.2e", "multiclass hinge loss", "real", r(hinge), TOL)
yhat = np.array([0.5, 1.5, 2.0])
yt = np.array([1.0, 1.0, 3.0])
add("4.2f", "mean squared error", "real", r(np.mean((yhat - yt) ** 2)), TOL)
sig = lambda t: 1.0 / (1.0 + np.exp(-t))
add("4.2g", "sigmoid derivative", "real", r(sig(1.2) * (1 - sig(1.2))), TOL)

# ---------------- Exercise 4.3 ----------------
W1 = np.array([[1.0, 0.0], [2.0, 1.0], [-1.0, 3.0]])
b1 = np.array([0.0, 1.0, 2.0])
W2 = np.array([[1.0, -1.0, 2.0]])
b2 = np.array([-1.0])
xin = np.array([1.0, -2.0])
a1 = W1 @ xin + b1
h = np.maximum(a1, 0)
yh = sig(W2 @ h + b2)[0]
add("4.3a", "MLP hidden pre-activation", "vector", [int(v) for v in a1])
add("4.3b", "MLP hidden activation (ReLU)", "vector", [int(v) for v in h])
add("4.3c", "MLP output (sigmoid)", "real", r(yh), TOL)
add("4.3d", "binary cross-entropy loss", "real", r(-np.log(yh)), TOL)
skip("4.3e", "derive a general formula")

# ---------------- Exercise 4.4 ----------------
xv, yv, zv = 1.0, 2.0, -0.5
q = xv + yv
rr = q * zv
f = np.tanh(rr)
add("4.4a", "computational graph forward value", "real", r(f), TOL)
dr = 1 - f ** 2
grad = [dr * zv, dr * zv, dr * q]
add("4.4b", "backprop gradient", "vector", r(grad), TOL)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": SET, "source": "problems.tex", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump({"parts": parts}, sort_keys=False, default_flow_style=None, width=100))
