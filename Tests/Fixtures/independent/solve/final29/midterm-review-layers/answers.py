"""Recompute every answer of midterm-review-layers and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r4(a):
    return [round(float(v), 4) + 0.0 for v in np.ravel(a)]


# Question 1: 8 -> 16 channels, 5x5 kernel, all with bias
cin, cout, k = 8, 16, 5
add("1a", "conv parameter count", "integer", cout * cin * k * k + cout)
depthwise = cin * 1 * k * k + cin
pointwise = cout * cin * 1 * 1 + cout
add("1b", "depthwise separable parameter count", "integer", depthwise + pointwise)
g = 4
add("1c", "grouped conv parameter count", "integer", cout * (cin // g) * k * k + cout)

# Question 2
add("2a", "embedding parameter count", "integer", 30000 * 512)
add("2b", "linear parameter count (no bias)", "integer", 512 * 2048)


def rnn_params(gates, inp, hid, layers):
    tot = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        tot += gates * hid * (i + hid) + 2 * gates * hid   # PyTorch: b_ih and b_hh
    return tot


add("2c", "LSTM parameter count (PyTorch biases)", "integer", rnn_params(4, 128, 256, 2))
add("2d", "GRU parameter count (PyTorch biases)", "integer", rnn_params(3, 64, 32, 1))
E = 256
add("2e", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)
bn = 2 * 64
add("2f", "batch norm parameter count (multiple choice)", "choice", {64: "A", 128: "B", 256: "C", 0: "D"}[bn])
add("2g", "layer norm parameter count", "integer", 2 * 64 * 7 * 7)

# Question 3: batch norm, x = (2,4,6,8), gamma 2, beta 1, biased var, eps 0
x = np.array([2, 4, 6, 8], float)
gamma, beta, eps = 2.0, 1.0, 0.0
mu = x.mean(); var = x.var()   # biased
add("3a", "batch norm mean and variance", "vector", r4([mu, var]), tol=0.001)
xhat = (x - mu) / np.sqrt(var + eps)
y = gamma * xhat + beta
add("3b", "batch norm forward", "vector", r4(y), tol=0.001)
dy = np.array([1, 0, 0, -1], float)
dxhat = dy * gamma
dx = (dxhat - dxhat.mean() - xhat * np.mean(dxhat * xhat)) / np.sqrt(var + eps)
# numerical check of the closed-form gradient
def bn_loss(xv):
    m = xv.mean(); v = xv.var()
    return float(dy @ (gamma * (xv - m) / np.sqrt(v + eps) + beta))
num = np.array([(bn_loss(x + 1e-6 * e) - bn_loss(x - 1e-6 * e)) / 2e-6 for e in np.eye(4)])
assert np.allclose(num, dx, atol=1e-5)
add("3c", "batch norm input gradient", "vector", r4(dx), tol=0.001)
x1 = np.array([3.0]); eps1 = 1e-5
y1 = gamma * (x1 - x1.mean()) / np.sqrt(x1.var() + eps1) + beta
add("3d.i", "batch norm forward, batch of one", "real", round(float(y1[0]), 4), tol=0.001)
# with one example, x - mean(x) == 0 identically, so the output does not depend on x
dx1 = 5.0 * gamma * ((1 - 1 / 1) / np.sqrt(x1.var() + eps1))
add("3d.ii", "batch norm gradient, batch of one", "real", round(float(dx1), 4), tol=0.001)
h = np.array([1, 3, 3, 5], float)
ln = (h - h.mean()) / np.sqrt(h.var() + 0.0)
add("3e", "layer norm forward", "vector", r4(ln), tol=0.001)

# Question 4: dropout, p = 0.25
p = 0.25
hv = np.array([4, -2, 8, 1], float)
m = np.array([1, 0, 1, 1], float)
add("4a", "inverted dropout training output", "vector", r4(hv * m / (1 - p)), tol=0.001)
add("4b", "inverted dropout test output", "vector", r4(hv), tol=0.001)
add("4c", "classic dropout test output", "vector", r4(hv * (1 - p)), tol=0.001)
a = 8.0
mean_out = (1 - p) * a / (1 - p)
var_out = (1 - p) * (a / (1 - p)) ** 2 - mean_out ** 2
add("4d", "inverted dropout output variance", "real", round(var_out, 4), tol=0.001)
nc("4e", "ambiguous: the part does not say whether the student's dropout is inverted "
         "(output (4, 0)) or classic (output (2, 0))")
nc("4f", "explain in words")

doc = {"set": "midterm-review-layers", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None)
