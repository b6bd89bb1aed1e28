"""Recompute every numeric answer of problems.tex (exam class) and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def r4(a):
    a = np.round(np.asarray(a, dtype=float), 4) + 0.0  # +0.0 turns -0.0 into 0.0
    return a.tolist() if a.ndim else float(a)


def comp(id_, family, kind, answer, **kw):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def noncomp(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()          # biased variance
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, mu, var, xhat


def bn_backward(dy, x, gamma, eps):
    n = x.size
    _, mu, var, xhat = bn_forward(x, gamma, 0.0, eps)
    dxhat = dy * gamma
    return (n * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum()) / (n * np.sqrt(var + eps))


# Question 1: batch norm
x = np.array([2.0, 4.0, 6.0, 8.0])
gamma, beta, eps = 2.0, 1.0, 0.0
y, mu, var, xhat = bn_forward(x, gamma, beta, eps)
dy = np.array([1.0, 0.0, 0.0, -1.0])
dx = bn_backward(dy, x, gamma, eps)
# numerical check of the analytic gradient
num = np.zeros(4)
for i in range(4):
    e = np.zeros(4); e[i] = 1e-6
    num[i] = ((bn_forward(x + e, gamma, beta, eps)[0] - bn_forward(x - e, gamma, beta, eps)[0]) @ dy) / 2e-6
assert np.allclose(num, dx, atol=1e-6)
comp("1a", "batch norm mean", "real", r4(mu), tolerance=0.0001)
comp("1b", "batch norm variance (biased)", "real", r4(var), tolerance=0.0001)
comp("1c", "batch norm forward", "vector", r4(y), tolerance=0.0001)
comp("1d", "batch norm input gradient", "vector", r4(dx), tolerance=0.0001)
x1 = np.array([3.0])
y1 = bn_forward(x1, gamma, beta, 1e-5)[0]
h = 1e-4
dydx1 = (bn_forward(x1 + h, gamma, beta, 1e-5)[0] - bn_forward(x1 - h, gamma, beta, 1e-5)[0]) / (2 * h)
comp("1e.i", "batch norm, batch of one", "real", r4(y1[0]), tolerance=0.0001)
comp("1e.ii", "batch norm gradient, batch of one", "real", r4(dydx1[0]), tolerance=0.0001)

# Question 2: layer norm
hv = np.array([1.0, 2.0, 3.0, 6.0])
ln = (hv - hv.mean()) / np.sqrt(((hv - hv.mean()) ** 2).mean() + 0.0)
comp("2a", "layer norm forward", "vector", r4(ln), tolerance=0.0001)
comp("2b", "layer norm parameter count", "integer", 2 * 512)
noncomp("2c", "explain in words")

# Question 3: dropout
hd = np.array([2.0, 0.5, 1.5, 3.0])
p = 0.25
m = np.array([1, 0, 1, 1])
comp("3a", "inverted dropout forward", "vector", r4(hd * m / (1 - p)), tolerance=0.0001)
comp("3b", "classic dropout test-time scaling", "vector", r4(hd * (1 - p)), tolerance=0.0001)
# E[m_i / (1-p)] * h_i = h_i
comp("3c", "dropout expectation", "boolean", bool(np.isclose((1 - p) * 1 / (1 - p), 1.0)))

# Question 4: activations
sig = lambda z: 1 / (1 + np.exp(-z))
dsig = lambda z: sig(z) * (1 - sig(z))
comp("4a", "sigmoid derivative", "real", r4(dsig(0.0)), tolerance=0.0001)
comp("4b", "tanh derivative", "real", r4(1 - np.tanh(1.0) ** 2), tolerance=0.0001)
z = np.array([-2.0, -0.5, 1.0, 3.0])
comp("4c", "leaky ReLU", "vector", r4(np.where(z > 0, z, 0.1 * z)), tolerance=0.0001)
opts = {"A": 0.0, "B": 1.0, "C": 2.0, "D": 3.0}
comp("4d", "sigmoid derivative", "choice", min(opts, key=lambda k: abs(dsig(opts[k]) - 0.1)))

# Question 5: softmax and losses
s = np.array([2.0, 1.0, 0.1])
pr = np.exp(s - s.max()); pr /= pr.sum()
yoh = np.array([1.0, 0.0, 0.0])
comp("5a", "softmax", "vector", r4(pr), tolerance=0.0001)
comp("5b", "cross-entropy loss", "real", r4(-np.log(pr[0])), tolerance=0.0001)
comp("5c", "cross-entropy gradient", "vector", r4(pr - yoh), tolerance=0.0001)
yhat = np.array([0.5, 1.0, 2.0]); yt = np.array([1.0, 1.0, 0.0])
comp("5d", "MSE loss", "real", r4(np.mean((yhat - yt) ** 2)), tolerance=0.0001)
sc = np.array([3.2, 5.1, -1.7]); c = 0
hinge = sum(max(0.0, sc[j] - sc[c] + 1.0) for j in range(3) if j != c)
comp("5e", "multiclass hinge loss", "real", r4(hinge), tolerance=0.0001)
pr2 = np.exp(s + 5.0) / np.exp(s + 5.0).sum()
comp("5f", "softmax shift invariance", "boolean", bool(not np.allclose(pr2, pr)))

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "norm-act-quiz", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
