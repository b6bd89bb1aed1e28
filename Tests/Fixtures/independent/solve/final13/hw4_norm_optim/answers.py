#!/usr/bin/env python3
"""Recompute every answer of hw4_norm_optim/problems.tex and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []
TOL = 0.001


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a):
    a = np.asarray(a, float)
    out = np.round(a, 4) + 0.0
    return out.tolist() if out.ndim else float(out)


# ---------------- Exercise 4.1 batch norm ----------------
x = np.array([2.0, 4, 6, 8])
g, b, eps = 2.0, 1.0, 0.0
mu = x.mean()
var = ((x - mu) ** 2).mean()
xhat = (x - mu) / np.sqrt(var + eps)
y = g * xhat + b
dy = np.array([1.0, 0, -1, 2])
dbeta = dy.sum()
dgamma = (dy * xhat).sum()
dxhat = dy * g
m = len(x)
dx = (1.0 / m) / np.sqrt(var + eps) * (m * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum())
# finite-difference check of dx
def loss(xx):
    mu_ = xx.mean(); v_ = ((xx - mu_) ** 2).mean()
    return float((dy * (g * (xx - mu_) / np.sqrt(v_) + b)).sum())
fd = np.array([(loss(x + h) - loss(x - h)) / 2e-6 for h in np.eye(4) * 1e-6])
assert np.allclose(fd, dx, atol=1e-5)
add("4.1a", "batch norm variance", "real", r(var), tolerance=TOL)
add("4.1b", "batch norm forward", "vector", r(y), tolerance=TOL)
add("4.1c.i", "batch norm gradient (beta)", "real", r(dbeta), tolerance=TOL)
add("4.1c.ii", "batch norm gradient (gamma)", "real", r(dgamma), tolerance=TOL)
add("4.1d", "batch norm gradient (input)", "vector", r(dx), tolerance=TOL)
x1, eps1 = np.array([3.0]), 1e-5
mu1 = x1.mean(); var1 = ((x1 - mu1) ** 2).mean()
y1 = g * (x1 - mu1) / np.sqrt(var1 + eps1) + b
# gradient for a batch of one: dxhat*(1 - 1/m) - xhat*... with m=1 and xhat=0 -> 0
xh1 = (x1 - mu1) / np.sqrt(var1 + eps1)
dxh1 = np.array([1.7]) * g
dx1 = (1.0 / 1) / np.sqrt(var1 + eps1) * (1 * dxh1 - dxh1.sum() - xh1 * (dxh1 * xh1).sum())
add("4.1e.i", "batch norm forward (batch of one)", "real", r(y1[0]), tolerance=TOL)
add("4.1e.ii", "batch norm gradient (batch of one)", "real", r(dx1[0]), tolerance=TOL)

# ---------------- Exercise 4.2 layer / instance norm ----------------
h = np.array([1.0, 3, 2, 6])
ln = (h - h.mean()) / np.sqrt(((h - h.mean()) ** 2).mean())
add("4.2a", "layer norm forward", "vector", r(ln), tolerance=TOL)
c1 = np.array([[1.0, 2], [3, 4]])
inorm = (c1 - c1.mean()) / np.sqrt(c1.var())
add("4.2b", "instance norm forward", "matrix", r(inorm), tolerance=TOL)

# ---------------- Exercise 4.3 dropout ----------------
a = np.array([4.0, 0, 2, 6, 1])
p = 0.25
mask = np.array([1, 0, 1, 1, 0])
add("4.3a", "inverted dropout (train)", "vector", r(a * mask / (1 - p)), tolerance=TOL)
add("4.3b", "classic dropout (test)", "vector", r(a * (1 - p)), tolerance=TOL)
val = a[3] / (1 - p)
var4 = (1 - p) * val ** 2 - ((1 - p) * val) ** 2
add("4.3c", "dropout output variance", "real", r(var4), tolerance=TOL)
nc("4.3d", "explain in words")

# ---------------- Exercise 4.4 activation derivatives ----------------
z = np.array([-2.0, 0, 1.5])
s = 1 / (1 + np.exp(-z))
add("4.4a", "sigmoid derivative", "vector", r(s * (1 - s)), tolerance=TOL)
add("4.4b", "tanh derivative", "vector", r(1 - np.tanh(z) ** 2), tolerance=TOL)

# ---------------- Exercise 4.5 optimizers ----------------
def grad(w):
    return np.array([2 * (w[0] - 3), 4 * w[1]])

w0 = np.array([1.0, 1.0])
eta = 0.1
add("4.5a", "SGD step", "vector", r(w0 - eta * grad(w0)), tolerance=TOL)
lam = 0.01
add("4.5b", "SGD step with weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0)), tolerance=1e-4)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("4.5c", "SGD momentum (2 steps)", "vector", r(w), tolerance=TOL)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v - eta * grad(w + 0.9 * v)
    w = w + v
add("4.5d", "Nesterov momentum (2 steps)", "vector", r(w), tolerance=TOL)
b1, b2, e = 0.9, 0.999, 1e-8
gg = grad(w0)
mm = (1 - b1) * gg
vv = (1 - b2) * gg ** 2
mhat, vhat = mm / (1 - b1), vv / (1 - b2)
add("4.5e", "Adam step", "vector", r(w0 - eta * mhat / (np.sqrt(vhat) + e)), tolerance=TOL)
emax, emin, T, t = 0.1, 0.001, 100, 25
add("4.5f", "cosine learning-rate schedule", "real",
    r(emin + 0.5 * (emax - emin) * (1 + math.cos(math.pi * t / T))), tolerance=1e-4)
nc("4.5g", "explain in words")


class _Dumper(yaml.SafeDumper):
    pass


class _Block(list):
    pass


_Dumper.add_representer(list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(_Block, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=False))

out = {"set": "hw4_norm_optim", "source": "problems.tex", "parts": _Block(parts)}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=200)
print(open(os.path.join(HERE, "expected.yaml")).read())
