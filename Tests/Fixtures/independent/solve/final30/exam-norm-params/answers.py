"""Compute every numeric answer of problems.tex and write expected.yaml."""
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def num(v):
    v = float(v)
    return int(round(v)) if abs(v - round(v)) < 1e-9 else round(v, 4)


def tolist(a):
    a = np.asarray(a)
    return num(a) if a.ndim == 0 else [tolist(r) for r in a]


parts = []


def add(pid, family, kind, answer, tol=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Question 1: parameter counts ----------------
def linear(i, o, bias=True):
    return i * o + (o if bias else 0)


def rnn(gates, inp, hid, layers=1, bias=True):
    total = 0
    for l in range(layers):
        x = inp if l == 0 else hid
        total += gates * (hid * x + hid * hid + (2 * hid if bias else 0))  # PyTorch: b_ih and b_hh
    return total


def mha(e, bias=True):
    return 3 * e * e + (3 * e if bias else 0) + linear(e, e, bias)


add("1a", "linear parameter count", "integer", linear(512, 10))
add("1b", "embedding parameter count", "integer", 30000 * 256)
add("1c", "LSTM parameter count", "integer", rnn(4, 128, 256, layers=2))
add("1d", "GRU parameter count (no bias)", "integer", rnn(3, 64, 32, bias=False))
add("1e", "multi-head attention parameter count", "integer", mha(256))
add("1f", "batch norm parameter count", "integer", 2 * 64)
add("1g", "layer norm parameter count", "integer", 2 * 768)

# ---------------- Question 2: batch norm ----------------
x = np.array([2, 4, 6, 8], float)
gamma, beta, eps = 2.0, 1.0, 0.0


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = x.var()  # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, np.sqrt(var + eps)


def bn_backward(g, xhat, gamma, sigma):
    n = len(g)
    return gamma / (n * sigma) * (n * g - g.sum() - xhat * np.sum(g * xhat))


y, xhat, sigma = bn_forward(x, gamma, beta, eps)
add("2a", "batch norm forward", "vector", tolist(y), tol=0.001)
g = np.array([1, 0, 0, -1], float)
add("2b", "batch norm gradient (gamma)", "real", num(np.sum(g * xhat)), tol=0.001)
dx = bn_backward(g, xhat, gamma, sigma)
# numerical check
num_dx = np.zeros(4)
for i in range(4):
    d = np.zeros(4); d[i] = 1e-6
    num_dx[i] = (np.dot(g, bn_forward(x + d, gamma, beta, eps)[0]) -
                 np.dot(g, bn_forward(x - d, gamma, beta, eps)[0])) / 2e-6
assert np.allclose(dx, num_dx, atol=1e-5)
add("2c", "batch norm gradient (input)", "vector", tolist(dx), tol=0.001)
x1 = np.array([3.0])
y1, xh1, s1 = bn_forward(x1, gamma, beta, 1e-3)
add("2d.i", "batch norm forward (batch of one)", "real", num(y1[0]), tol=0.001)
add("2d.ii", "batch norm gradient (batch of one)", "real", num(bn_backward(np.array([5.0]), xh1, gamma, s1)[0]), tol=0.001)
nc("2e", "derive a general formula")

# ---------------- Question 3: layer norm ----------------
h = np.array([1, 2, 3, 6], float)
hhat = (h - h.mean()) / h.std()
options = {"A": 1.200, "B": 1.604, "C": 1.389, "D": 3.000}
best = min(options, key=lambda k: abs(options[k] - hhat[-1]))
assert abs(options[best] - hhat[-1]) < 5e-4
add("3a", "layer norm forward", "choice", best)
h10 = 10 * h
same = bool(np.allclose((h10 - h10.mean()) / h10.std(), hhat))
add("3b", "layer norm scale invariance", "boolean", same)

# ---------------- Question 4: dropout ----------------
hd = np.array([2.0, 0.5, -1.0, 4.0])
p = 0.25
m = np.array([1, 0, 1, 1], float)
add("4a", "inverted dropout forward", "vector", tolist(hd * m / (1 - p)), tol=0.001)
add("4b", "classic dropout test-time scaling", "vector", tolist(hd * (1 - p)), tol=0.001)
nc("4c", "ambiguous: the part does not say whether this layer is inverted (scale kept units by 1/(1-p)) or classic (no training-time scaling)")
# E[m/(1-p)] * h = h
add("4d", "dropout expectation", "real", num((1 - p) * hd[0] / (1 - p) + p * 0.0), tol=0.001)
nc("4e", "explain in words")

out = {"set": "exam-norm-params", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None))
