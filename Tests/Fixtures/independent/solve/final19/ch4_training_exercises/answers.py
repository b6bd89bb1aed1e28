"""Recompute every answer of ch4_training_exercises/problems.tex and write expected.yaml."""
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 0.001
parts = []


def r(a, nd=4):
    a = np.asarray(a, dtype=float)
    out = np.round(a, nd) + 0.0
    return out.tolist() if out.ndim else float(out)


def add(pid, family, kind, answer, **kw):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = x.var()  # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return xhat, gamma * xhat + beta


def bn_backward(x, gamma, eps, g):
    xhat, _ = bn_forward(x, 1.0, 0.0, eps)
    std = np.sqrt(x.var() + eps)
    return gamma / std * (g - g.mean() - xhat * (g * xhat).mean())


def sigmoid(u):
    return 1.0 / (1.0 + np.exp(-u))


# ---------------- Exercise 4.1 ----------------
x = np.array([2, 4, 4, 10], float)
gamma, beta = 2.0, -1.0
xhat, y = bn_forward(x, gamma, beta, 0.0)
add("4.1a", "batch norm normalized values", "vector", r(xhat), tolerance=TOL)
add("4.1b", "batch norm output", "vector", r(y), tolerance=TOL)
g = np.array([1, 0, 0, -1], float)
dx = bn_backward(x, gamma, 0.0, g)
# finite-difference check of the analytic gradient
num = np.zeros(4)
for k in range(4):
    e = np.zeros(4)
    e[k] = 1e-6
    num[k] = (g @ bn_forward(x + e, gamma, beta, 0)[1] - g @ bn_forward(x - e, gamma, beta, 0)[1]) / 2e-6
assert np.allclose(num, dx, atol=1e-6)
add("4.1c", "batch norm input gradient", "vector", r(dx), tolerance=TOL)
s2 = x.var(ddof=1)
add("4.1d", "batch norm running variance", "real", r(0.9 * 1.0 + 0.1 * s2), tolerance=TOL)
x1 = np.array([6.0])
_, y1 = bn_forward(x1, gamma, beta, 1e-5)
add("4.1e", "batch norm, batch of one (output)", "real", r(y1[0]), tolerance=TOL)
dx1 = bn_backward(x1, gamma, 1e-5, np.array([3.0]))
add("4.1f", "batch norm, batch of one (gradient)", "real", r(dx1[0]), tolerance=TOL)
v = np.array([1, 2, 3, 6], float)
add("4.1g", "layer norm output", "vector", r((v - v.mean()) / np.sqrt(v.var())), tolerance=TOL)

# ---------------- Exercise 4.2 ----------------
h = np.array([2.0, -1.0, 0.5, 4.0])
p = 0.25
mask = np.array([1, 0, 1, 1], float)
add("4.2a", "inverted dropout (training)", "vector", r(h * mask / (1 - p)), tolerance=TOL)
add("4.2b", "classic dropout (test-time scaling)", "vector", r(h * (1 - p)), tolerance=TOL)
nc("4.2c", "explain in words")

# ---------------- Exercise 4.3 ----------------
z = np.array([2.0, 1.0, -1.0])
yidx = 1  # dog
pz = np.exp(z - z.max())
pz /= pz.sum()
add("4.3a", "softmax", "vector", r(pz), tolerance=TOL)
add("4.3b", "cross-entropy loss", "real", r(-np.log(pz[yidx])), tolerance=TOL)
onehot = np.eye(3)[yidx]
add("4.3c", "softmax cross-entropy gradient", "vector", r(pz - onehot), tolerance=TOL)
hinge = sum(max(0.0, z[j] - z[yidx] + 1) for j in range(3) if j != yidx)
add("4.3d", "multiclass hinge loss", "real", r(hinge), tolerance=TOL)
u = -0.5
dtanh = 1 - np.tanh(u) ** 2
add("4.3e", "tanh derivative", "real", r(dtanh), tolerance=TOL)
derivs = {"A": float(u > 0), "B": sigmoid(u) * (1 - sigmoid(u)), "C": dtanh,
          "D": 1.0 if u > 0 else 0.01}
add("4.3f", "activation derivatives (multiple choice)", "choice", max(derivs, key=derivs.get))

# ---------------- Exercise 4.4 ----------------
W1 = np.array([[1, 0], [2, 1], [-1, 1]], float)
b1 = np.array([0, 1, 1], float)
w2 = np.array([1, -1, 2], float)
b2 = 0.5
xv = np.array([1, -2], float)
t = 1.0
a1 = W1 @ xv + b1
hv = np.maximum(a1, 0)
yhat = w2 @ hv + b2
add("4.4a", "MLP forward (hidden layer)", "vector", r(hv), tolerance=TOL)
add("4.4b", "MLP forward (output)", "real", r(yhat), tolerance=TOL)
dy = yhat - t
da1 = dy * w2 * (a1 > 0)
add("4.4c.i", "backprop weight gradient", "matrix", r(np.outer(da1, xv)), tolerance=TOL)
add("4.4c.ii", "backprop input gradient", "vector", r(W1.T @ da1), tolerance=TOL)
nc("4.4d", "derive a general formula")

# ---------------- Exercise 4.5 ----------------
a, b, c = 2.0, -1.0, 3.0
s = sigmoid(a * b + c)
ds = s * (1 - s)
add("4.5", "backprop through a computational graph", "vector", r([ds * b, ds * a, ds]), tolerance=TOL)

out = {"set": "ch4_training_exercises", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
