#!/usr/bin/env python3
"""Recompute every answer of hw5-optim-norm/problems.tex and write expected.yaml."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def py(v):
    """numpy -> plain python (lists of rows for matrices)."""
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = round(float(v), 6) + 0.0
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


class Dumper(yaml.SafeDumper):
    pass


def _list_repr(dumper, data):
    flow = all(not isinstance(x, (list, dict)) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


Dumper.add_representer(list, _list_repr)

parts = []


def comp(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



TOL = 1e-3

# ---------------- Exercise 5.1: batch / layer norm ----------------
x = np.array([2, 4, 6, 12], float)
gamma, beta, eps = 2.0, -1.0, 0.0
N = len(x)
mu = x.mean()
var = ((x - mu) ** 2).mean()  # biased
comp("5.1a.i", "batch norm mean", "real", mu, tol=TOL)
comp("5.1a.ii", "batch norm biased variance", "real", var, tol=TOL)
sd = np.sqrt(var + eps)
xhat = (x - mu) / sd
y = gamma * xhat + beta
comp("5.1b", "batch norm output", "vector", y, tol=TOL)
m = 0.1
run_mean = (1 - m) * 0.0 + m * mu
run_var = (1 - m) * 1.0 + m * x.var(ddof=1)
comp("5.1c", "batch norm running statistics", "vector", [run_mean, run_var], tol=TOL)
g = np.array([1, 0, -1, 2], float)
dgamma = np.sum(g * xhat)
dbeta = np.sum(g)
comp("5.1d", "batch norm parameter gradients", "vector", [dgamma, dbeta], tol=TOL)
dxhat = g * gamma
dx = (N * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat)) / (N * sd)
comp("5.1e", "batch norm input gradient", "vector", dx, tol=TOL)
# batch of one: x - mu = 0 -> xhat = 0 -> y = beta
x1 = np.array([5.0])
eps1 = 1e-5
xhat1 = (x1 - x1.mean()) / np.sqrt(x1.var() + eps1)
comp("5.1f", "batch norm with a single example", "real", (gamma * xhat1 + beta)[0], tol=TOL)
g1 = np.array([3.0])
sd1 = np.sqrt(x1.var() + eps1)
dxhat1 = g1 * gamma
dx1 = (1 * dxhat1 - dxhat1.sum() - xhat1 * np.sum(dxhat1 * xhat1)) / (1 * sd1)
comp("5.1g", "batch norm gradient with a single example", "real", dx1[0], tol=TOL)
z = np.array([1, 3, -1, 5], float)
ln = (z - z.mean()) / np.sqrt(z.var())
comp("5.1h", "layer norm output", "vector", ln, tol=TOL)
nc("5.1i", "explain in words")

# ---------------- Exercise 5.2: dropout ----------------
h = np.array([2.0, -1.0, 0.5, 3.0])
p = 0.25
mask = np.array([1, 0, 1, 1], float)
comp("5.2a", "inverted dropout forward", "vector", h * mask / (1 - p), tol=TOL)
comp("5.2b", "classic dropout test-time scaling", "vector", h * (1 - p), tol=TOL)
# output = h4 * B/(1-p), B ~ Bernoulli(1-p): Var = h^2 * (1-p) p / (1-p)^2
h4 = h[3]
var4 = h4 ** 2 * (1 - p) * p / (1 - p) ** 2
comp("5.2c", "inverted dropout variance", "real", var4, tol=TOL)

# ---------------- Exercise 5.3: optimizers ----------------
def gradL(w):
    return np.array([2 * w[0] - 2, 10 * w[1]])


w0 = np.array([0.0, 1.0])
lr = 0.1
comp("5.3a", "SGD step", "vector", w0 - lr * gradL(w0), tol=TOL)

w = w0.copy(); v = np.zeros(2); mu_m = 0.9
for _ in range(2):
    v = mu_m * v + gradL(w)
    w = w - lr * v
comp("5.3b", "SGD with momentum", "vector", w, tol=TOL)

w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    v = mu_m * v - lr * gradL(w + mu_m * v)
    w = w + v
comp("5.3c", "Nesterov momentum", "vector", w, tol=TOL)


def adam_run(w, steps, b1=0.9, b2=0.999, eps=1e-8, wd=0.0):
    m = np.zeros_like(w); s = np.zeros_like(w)
    for t in range(1, steps + 1):
        gg = gradL(w)  # gradient at the current parameters (before decay, as PyTorch)
        w = w * (1 - lr * wd)
        m = b1 * m + (1 - b1) * gg
        s = b2 * s + (1 - b2) * gg ** 2
        mhat = m / (1 - b1 ** t)
        shat = s / (1 - b2 ** t)
        w = w - lr * mhat / (np.sqrt(shat) + eps)
    return w


comp("5.3d", "Adam step", "vector", adam_run(w0, 1), tol=TOL)
comp("5.3e", "Adam two steps", "vector", adam_run(w0, 2), tol=TOL)
lam = 0.5
comp("5.3f", "SGD with L2 weight decay", "vector", w0 - lr * (gradL(w0) + lam * w0), tol=TOL)
comp("5.3g", "AdamW step", "vector", adam_run(w0, 1, wd=lam), tol=TOL)
nc("5.3h", "sketch and explain")

# ---------------- Exercise 5.4: schedules ----------------
eta_max, eta_min, Tmax = 0.1, 0.0, 100
t = 25
comp("5.4a", "cosine annealing learning rate", "real",
     eta_min + 0.5 * (eta_max - eta_min) * (1 + math.cos(math.pi * t / Tmax)), tol=1e-4)
epoch = 65
comp("5.4b", "step decay learning rate", "real", 0.1 * 0.1 ** (epoch // 30), tol=1e-6)

# ---------------- Exercise 5.5: least squares / ridge ----------------
tt = np.array([0, 1, 2, 3], float)
yy = np.array([1, 2, 2, 4], float)
X = np.column_stack([np.ones_like(tt), tt])
w_ols = np.linalg.solve(X.T @ X, X.T @ yy)
comp("5.5a", "least squares closed form", "vector", w_ols, tol=TOL)
rss_ols = np.sum((X @ w_ols - yy) ** 2)
comp("5.5b", "residual sum of squares", "real", rss_ols, tol=TOL)
w_ridge = np.linalg.solve(X.T @ X + 2.0 * np.eye(2), X.T @ yy)
comp("5.5c", "ridge closed form", "vector", w_ridge, tol=TOL)
rss_ridge = np.sum((X @ w_ridge - yy) ** 2)
comp("5.5d", "ridge vs least squares true/false", "boolean", bool(rss_ridge < rss_ols))
nc("5.5e", "proof")

doc = {"set": "hw5-optim-norm", "source": "problems.tex", "parts": parts}
text = yaml.dump(doc, Dumper=Dumper, sort_keys=False, width=100)
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write(text)
print(text)
