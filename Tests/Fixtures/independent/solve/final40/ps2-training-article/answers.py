"""Recompute every computable answer of ps2-training-article and write expected.yaml.

Run from anywhere:  python3 answers.py
Conventions of the set: log = natural log; batch norm in training mode with biased
variance, gamma=1, beta=0, eps=0 unless a part says otherwise.
"""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class FlowListDumper(yaml.SafeDumper):
    """Block-style mappings, flow-style lists ([16, 32, 32], [[1, 2], [3, 4]])."""


FlowListDumper.add_representer(
    list, lambda d, v: d.represent_sequence(
        "tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(e, dict) for e in v)))
FlowListDumper.add_representer(
    dict, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=False))


def comp(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family,
         "answer_kind": kind, "answer": answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nocomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



def r4(a):
    return np.round(np.asarray(a, float), 6).tolist()


# ---------------- Problem 1: activations, softmax, cross-entropy ----------------
z = np.array([2.0, -1.0, 0.5])
sig = 1 / (1 + np.exp(-z))
comp("1a", "sigmoid", "vector", r4(sig), tol=1e-4)
comp("1b", "tanh derivative", "vector", r4(1 - np.tanh(z) ** 2), tol=1e-4)
p = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
comp("1c", "softmax", "vector", r4(p), tol=1e-4)
L1 = -np.log(p[2])
comp("1d", "cross-entropy loss", "real", round(float(L1), 6), tol=1e-4)
onehot = np.array([0, 0, 1.0])
comp("1e", "softmax cross-entropy gradient", "vector", r4(p - onehot), tol=1e-4)

# ---------------- Problem 2: batch / layer normalization ----------------
B = np.array([[1, 2], [3, 2], [4, 6], [8, 10]], float)   # rows = examples, cols = (x1, x2)


def bn_forward(x, gamma=1.0, beta=0.0, eps=0.0):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()          # biased variance
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, var


y_a, xhat_a, var_a = bn_forward(B[:, 0])
comp("2a", "batch norm forward", "vector", r4(y_a), tol=1e-4)
y_b, _, _ = bn_forward(B[:, 1], gamma=2.0, beta=1.0)
comp("2b", "batch norm forward (gamma, beta)", "vector", r4(y_b), tol=1e-4)
y_c, _, _ = bn_forward(B[3, :])          # layer norm = normalize one example over its features
comp("2c", "layer norm forward", "vector", r4(y_c), tol=1e-4)

g = np.array([1, 0, 0, -1], float)
m = len(g)
dx = (1 / np.sqrt(var_a)) * (g - g.mean() - xhat_a * (g * xhat_a).mean())
# cross-check with a finite-difference Jacobian of the forward pass
h = 1e-6
J = np.zeros((m, m))
for i in range(m):
    e = np.zeros(m); e[i] = h
    J[:, i] = (bn_forward(B[:, 0] + e)[0] - bn_forward(B[:, 0] - e)[0]) / (2 * h)
assert np.allclose(J.T @ g, dx, atol=1e-6)
comp("2d", "batch norm backward", "vector", r4(dx), tol=1e-4)

x1 = np.array([7.0])
y_e, xhat_e, var_e = bn_forward(x1, gamma=1.5, beta=-0.5, eps=1e-5)
comp("2e", "batch norm forward (batch of one)", "real", float(y_e[0]), tol=1e-6)
# d y / d x for m = 1: gamma/sqrt(var+eps) * (1 - 1/m - xhat^2/m)
dy_dx = 1.5 / np.sqrt(var_e + 1e-5) * (1 - 1 / 1 - xhat_e[0] ** 2 / 1)
comp("2f", "batch norm gradient (batch of one)", "real", float(dy_dx), tol=1e-6)

# ---------------- Problem 3: dropout ----------------
hvec = np.array([2, 0, 4, 1], float)
mask = np.array([1, 0, 1, 1], float)
q = 0.8
comp("3a", "inverted dropout (training)", "vector", r4(hvec * mask / q), tol=1e-4)
comp("3b", "classic dropout (test time)", "vector", r4(q * hvec), tol=1e-4)
nocomp("3c", "ambiguous: the dropout variant is not fixed for this part "
             "(inverted gives 4, classic gives 3.2)")

# ---------------- Problem 4: two-layer MLP ----------------
W1 = np.array([[1, 2], [-1, 0], [0.5, 1]])
b1 = np.array([0.5, 2, 3])
W2 = np.array([[1, -1, 2]], float)
b2 = 0.5
x = np.array([1, -2], float)
y = 1.0
a = W1 @ x + b1
assert np.all(a != 0)                 # ReLU'(0) never needed
hid = np.maximum(a, 0)
yhat = (W2 @ hid + b2)[0]
L = 0.5 * (yhat - y) ** 2
comp("4a", "MLP forward (hidden layer)", "vector", r4(hid), tol=1e-4)
comp("4b", "MSE loss of MLP", "real", float(L), tol=1e-4)
dy = yhat - y
dW2 = dy * hid[None, :]
comp("4c", "backprop: weight gradient", "matrix", r4(dW2), tol=1e-4)
da = dy * W2[0] * (a > 0)
comp("4d", "backprop: bias gradient", "vector", r4(da), tol=1e-4)
dxv = W1.T @ da
comp("4e", "backprop: input gradient", "vector", r4(dxv), tol=1e-4)

# ---------------- Problem 5: tiny graph ----------------
xv, yv, zv = -2.0, 5.0, 3.0
qv = xv + yv
rv = max(yv, zv)
comp("5a", "computational graph forward", "real", qv * rv, tol=1e-6)
grad = np.array([rv, rv + qv * (yv > zv), qv * (zv > yv)])
comp("5b", "backprop through a graph", "vector", r4(grad), tol=1e-6)
nocomp("5c", "sketch the computational graph")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write("# written by answers.py -- do not edit by hand\n")
    yaml.dump({"set": "ps2-training-article", "source": "problems.tex", "parts": parts},
              f, Dumper=FlowListDumper, sort_keys=False, width=1000)
print(open(os.path.join(HERE, "expected.yaml")).read())
