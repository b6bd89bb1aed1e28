"""Answers for hw4-norm-optim (Homework 4). Writes expected.yaml next to this file."""
import math
import os
import numpy as np
import yaml


def num(v, nd=6):
    v = float(v)
    if abs(v - round(v)) < 1e-12:
        return int(round(v))
    return round(v, nd)


def mat(A, nd=6):
    A = np.atleast_1d(np.asarray(A, float))
    if A.ndim == 1:
        return [num(v, nd) for v in A]
    return [[num(v, nd) for v in row] for row in A]


parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# Exercise 4.1 batch norm
X = np.array([[1, 2], [3, -2], [5, 0], [7, 4]], float)
gamma = np.array([1.0, 2.0]); beta = np.array([0.0, -1.0]); eps = 0.0
mu = X.mean(0); var = X.var(0)  # biased
xhat = (X - mu) / np.sqrt(var + eps)
Y = gamma * xhat + beta
add("4.1a", "batch norm biased variance", "vector", mat(var))
add("4.1b", "batch norm forward", "matrix", mat(Y), tolerance=0.0005)


def bn_feat(x, g, b, e):
    m = x.mean(); v = x.var()
    return g * (x - m) / np.sqrt(v + e) + b


dy = np.array([1, 0, -1, 2], float)
x1 = X[:, 0]; g1 = gamma[0]; N = len(x1)
xh1 = xhat[:, 0]; sig = np.sqrt(var[0] + eps)
dx = g1 / (N * sig) * (N * dy - dy.sum() - xh1 * np.sum(dy * xh1))
# finite-difference check
fd = np.array([(np.dot(dy, bn_feat(x1 + 1e-6 * np.eye(N)[i], g1, 0, eps)) -
                np.dot(dy, bn_feat(x1 - 1e-6 * np.eye(N)[i], g1, 0, eps))) / 2e-6 for i in range(N)])
assert np.allclose(dx, fd, atol=1e-6)
add("4.1c", "batch norm input gradient", "vector", mat(dx), tolerance=0.0005)
add("4.1d", "batch norm gamma gradient", "real", num(np.sum(dy * xh1)), tolerance=0.0005)
add("4.1e", "batch norm beta gradient", "real", num(dy.sum()))
x_single = np.array([3.7]); g, b, e = 1.5, 0.2, 1e-5
add("4.1f", "batch norm with a single example", "real", num(bn_feat(x_single, g, b, e)[0]), tolerance=1e-6)
h = 1e-6
d_single = (bn_feat(x_single + h, g, b, e)[0] - bn_feat(x_single - h, g, b, e)[0]) / (2 * h)
add("4.1g", "batch norm gradient with a single example", "real", num(d_single), tolerance=1e-6)

# Exercise 4.2 layer norm
hv = np.array([1, 3, 5, 7], float)
ln = (hv - hv.mean()) / np.sqrt(hv.var())
add("4.2a", "layer norm forward", "vector", mat(ln, 4), tolerance=0.0005)
nc("4.2b", "explain in words")

# Exercise 4.3 dropout
hd = np.array([2.0, -1.0, 0.5, 3.0, 1.5]); m = np.array([1, 0, 1, 1, 0])
p_drop = 0.2
add("4.3a", "inverted dropout forward", "vector", mat(hd * m / (1 - p_drop)))
q_keep = 0.8
add("4.3b", "classic dropout test-time scaling", "vector", mat(hd * q_keep))
hu = 2.5
# output is hu/(1-p) w.p. 1-p, else 0
mean = (1 - p_drop) * hu / (1 - p_drop)
var_out = (1 - p_drop) * (hu / (1 - p_drop)) ** 2 - mean ** 2
add("4.3c", "inverted dropout output variance", "real", num(var_out), tolerance=1e-4)
nc("4.3d", "ambiguous: p = 0.8 could be the keep probability (original dropout paper) or the "
           "drop probability (PyTorch nn.Dropout); the factor is 0.8 or 0.2")

# Exercise 4.4 optimizers
lr = 0.1; mu_m = 0.9
w0 = np.array([1.0, -1.0])
grad = lambda w: np.array([2 * w[0], 6 * w[1]])
add("4.4a", "gradient descent step", "vector", mat(w0 - lr * grad(w0)))

w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    g_ = grad(w); v = mu_m * v + g_; w = w - lr * v
add("4.4b", "SGD momentum two steps (PyTorch)", "vector", mat(w), tolerance=1e-6)

w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    g_ = grad(w); v = mu_m * v + g_; w = w - lr * (g_ + mu_m * v)
add("4.4c", "Nesterov momentum two steps (PyTorch)", "vector", mat(w), tolerance=1e-6)

b1, b2, eps_a = 0.9, 0.999, 1e-8
w = w0.copy(); m1 = np.zeros(2); m2 = np.zeros(2)
adam_ws = []
for t in range(1, 3):
    g_ = grad(w)
    m1 = b1 * m1 + (1 - b1) * g_
    m2 = b2 * m2 + (1 - b2) * g_ ** 2
    mh = m1 / (1 - b1 ** t); vh = m2 / (1 - b2 ** t)
    w = w - lr * mh / (np.sqrt(vh) + eps_a)
    adam_ws.append(w.copy())
add("4.4d", "Adam first step", "vector", mat(adam_ws[0], 5), tolerance=1e-4)
add("4.4e", "Adam second step", "vector", mat(adam_ws[1], 5), tolerance=1e-4)
wd = 0.01
add("4.4f", "SGD with weight decay", "vector", mat(w0 - lr * (grad(w0) + wd * w0)), tolerance=1e-6)
nc("4.4g", "explain in words")

# Exercise 4.5 schedules
eta_max, eta_min, T, t = 0.1, 0.0, 100, 25
eta = eta_min + 0.5 * (eta_max - eta_min) * (1 + math.cos(math.pi * t / T))
add("4.5a", "cosine learning-rate schedule", "real", num(eta), tolerance=1e-5)
add("4.5b", "step learning-rate schedule", "real", num(0.05 * 0.1 ** (65 // 30), 8), tolerance=1e-7)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "hw4-norm-optim", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
