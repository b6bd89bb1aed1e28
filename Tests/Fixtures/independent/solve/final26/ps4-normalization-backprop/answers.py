"""Recompute every answer of ps4-normalization-backprop and write expected.yaml."""
import os
import numpy as np
import yaml

parts = []
TOL = 0.001


def clean(v):
    if isinstance(v, np.ndarray):
        return [clean(x) for x in v.tolist()]
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        if abs(f) < 1e-12:
            f = 0.0
        return int(f) if f.is_integer() else round(f, 4)
    return v


def is_exact(v):
    arr = np.atleast_1d(np.asarray(v, float)).ravel()
    return all(abs(a * 1e4 - round(a * 1e4)) < 1e-9 for a in arr)


def add(pid, family, kind, answer):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer)}
    if kind in ("real", "vector", "matrix") and not is_exact(answer):
        d["tolerance"] = TOL
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# Problem 1: batch norm
x = np.array([1, 2, 3, 6], float)
gamma, beta, eps = 2.0, 1.0, 0.0


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()          # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, mu, var, xhat


y, mu, var, xhat = bn_forward(x, gamma, beta, eps)
add("1a", "batch norm mean and variance", "vector", [mu, var])
add("1b", "batch norm forward", "vector", y)
dy = np.array([1, 0, -1, 2], float)
N = len(x)
dxhat = dy * gamma
dx = (N * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum()) / (N * np.sqrt(var + eps))
# finite-difference check of dx
L = lambda xx: float(np.dot(dy, bn_forward(xx, gamma, beta, eps)[0]))
num = np.array([(L(x + 1e-6 * e) - L(x - 1e-6 * e)) / 2e-6 for e in np.eye(N)])
assert np.allclose(num, dx, atol=1e-5)
add("1c.i", "batch norm input gradient", "vector", dx)
add("1c.ii", "batch norm parameter gradients", "vector", [(dy * xhat).sum(), dy.sum()])
y1, *_ = bn_forward(np.array([5.0]), gamma, beta, 1e-5)
add("1d", "batch norm single example output", "real", y1[0])
# gradient for a batch of one: output is constant beta, so dL/dx = 0
L1 = lambda xx: float(bn_forward(np.array([xx]), gamma, beta, 1e-5)[0][0])
g1 = (L1(5 + 1e-4) - L1(5 - 1e-4)) / 2e-4
assert abs(g1) < 1e-9
add("1e", "batch norm single example gradient", "real", g1)
h = np.array([2, 4, 4, 6], float)
add("1f", "layer norm forward", "vector", (h - h.mean()) / np.sqrt(((h - h.mean()) ** 2).mean()))
nc("1g", "explain in words")

# Problem 2: dropout
hd = np.array([2.0, 0.5, -1.0, 3.0])
p = 0.25
mask = np.array([1, 0, 1, 1], float)
add("2a", "inverted dropout training output", "vector", hd * mask / (1 - p))
add("2b", "classic dropout test output", "vector", hd * (1 - p))
add("2c", "inverted dropout expectation", "real", hd.sum() * (1 - p) / (1 - p))

# Problem 3: softmax, activations, losses
z = np.array([2.0, 1.0, -1.0])
sm = np.exp(z - z.max()); sm /= sm.sum()
add("3a", "softmax", "vector", sm)
add("3b", "cross-entropy loss", "real", -np.log(sm[0]))
onehot = np.array([1.0, 0, 0])
add("3c", "cross-entropy gradient", "vector", sm - onehot)
sig = 1 / (1 + np.exp(-z[0]))
add("3d", "sigmoid derivative", "real", sig * (1 - sig))
yc = 1
add("3e", "multiclass hinge loss", "real",
    sum(max(0.0, z[j] - z[yc] + 1) for j in range(3) if j != yc))
add("3f", "mean squared error", "real", ((sm - onehot) ** 2).mean())
nc("3g", "prove and explain in words")

# Problem 4: two-layer network
xv = np.array([2.0, -1.0])
W1 = np.array([[1, 2], [-1, 0.5]])
b1 = np.array([0.5, 3])
w2 = np.array([1.0, -3.0])
b2, t = 0.5, 1.0
pre = W1 @ xv + b1
hh = np.maximum(pre, 0)
yhat = w2 @ hh + b2
add("4a", "MLP forward pass", "real", yhat)
add("4b", "squared error loss", "real", 0.5 * (yhat - t) ** 2)
dyhat = yhat - t
add("4c", "backprop output weights gradient", "vector", dyhat * hh)
dpre = dyhat * w2 * (pre > 0)
add("4d", "backprop first layer weights gradient", "matrix", np.outer(dpre, xv))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "ps4-normalization-backprop", "source": "problems.tex",
                    "parts": parts}, f, sort_keys=False, default_flow_style=None)
