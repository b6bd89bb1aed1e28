"""Recompute every answer of exam-norm-optim/problems.tex and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class Flow(list):
    pass


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def py(v):
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return Flow(py(x) for x in v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        if abs(f - round(f)) < 1e-9:
            return int(round(f))
        return round(f, 4)
    return v


def add(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nonc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def bn_forward(x, gamma, beta, eps=0.0):
    mu = x.mean(axis=0)
    var = x.var(axis=0)  # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta


def bn_backward_1d(x, gamma, g, eps=0.0):
    """Gradient of sum(g * BN(x)) wrt x, beta, gamma for one feature column."""
    mu = x.mean()
    var = x.var()
    sig = np.sqrt(var + eps)
    xhat = (x - mu) / sig
    dbeta = g.sum()
    dgamma = (g * xhat).sum()
    dx = gamma / sig * (g - g.mean() - xhat * (g * xhat).mean())
    return dbeta, dgamma, dx


def numgrad(f, x, h=1e-6):
    x = np.asarray(x, float)
    out = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x); e.flat[i] = h
        out.flat[i] = (f(x + e) - f(x - e)) / (2 * h)
    return out


TOL = 0.001

# ---------------- Question 1: batch norm ----------------
X = np.array([[1, 2, 0], [3, 0, 1], [5, 4, -1], [7, 2, 4]], float)
gamma = np.array([2, 1, 0.5])
beta = np.array([0.5, 0, -1])
Y = bn_forward(X, gamma, beta)
add("1a", "batch norm variance", "vector", X.var(axis=0), tol=TOL)
add("1b", "batch norm forward", "vector", Y[:, 1], tol=TOL)
add("1c", "batch norm forward", "vector", Y[0, :], tol=TOL)
x1 = X[:, 0]
g = np.array([1, 0, -1, 2], float)
dbeta, dgamma, dx = bn_backward_1d(x1, gamma[0], g)
# check against finite differences
f_x = lambda v: float(np.sum(g * bn_forward(v.reshape(-1, 1), gamma[0], beta[0]).ravel()))
assert np.allclose(numgrad(f_x, x1), dx, atol=1e-5)
f_g = lambda gg: float(np.sum(g * bn_forward(x1.reshape(-1, 1), gg[0], beta[0]).ravel()))
assert np.isclose(numgrad(f_g, [gamma[0]])[0], dgamma, atol=1e-5)
add("1d.i", "batch norm gradient beta", "real", dbeta, tol=TOL)
add("1d.ii", "batch norm gradient gamma", "real", dgamma, tol=TOL)
add("1d.iii", "batch norm gradient input", "vector", dx, tol=TOL)
xs = np.array([[3, -2, 5]], float)
ys = bn_forward(xs, gamma, beta, eps=1e-5)[0]
add("1e.i", "batch norm batch of one", "vector", ys, tol=TOL)
gs = np.array([0.3, -1, 2])
dxs = np.array([bn_backward_1d(xs[:, k], gamma[k], gs[k:k + 1], eps=1e-5)[2][0] for k in range(3)])
add("1e.ii", "batch norm gradient batch of one", "vector", dxs, tol=TOL)

# ---------------- Question 2: dropout ----------------
p = 0.4
h = np.array([2.0, -1.0, 0.5, 3.0, 1.5])
m = np.array([1, 0, 1, 1, 0])
add("2a", "inverted dropout", "vector", h * m / (1 - p), tol=TOL)
add("2b", "classic dropout test time", "vector", h * (1 - p), tol=TOL)
a = h[0]
var_inv = (1 - p) * (a / (1 - p)) ** 2 - a ** 2  # E[y^2] - E[y]^2
opts = {"A": 0.96, "B": 1.60, "C": 2.67, "D": 4.00}
choice = min(opts, key=lambda k: abs(opts[k] - var_inv))
assert abs(opts[choice] - var_inv) < 0.01
add("2c", "dropout variance", "choice", choice)

# ---------------- Question 3: optimizers ----------------
grad = lambda w: np.array([w[0], 10 * w[1]])
w0 = np.array([1.0, 1.0])
eta = 0.05
add("3a", "SGD step", "vector", w0 - eta * grad(w0), tol=TOL)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("3b", "SGD momentum steps", "vector", w, tol=TOL)
w, v = w0.copy(), np.zeros(2)
gcur = grad(w)
v = 0.9 * v + gcur
w = w - eta * (gcur + 0.9 * v)
add("3c", "Nesterov momentum step", "vector", w, tol=TOL)
lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
w, mm, vv = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in (1, 2):
    gcur = grad(w)
    mm = b1 * mm + (1 - b1) * gcur
    vv = b2 * vv + (1 - b2) * gcur ** 2
    mh = mm / (1 - b1 ** t)
    vh = vv / (1 - b2 ** t)
    w = w - lr * mh / (np.sqrt(vh) + eps)
    adam.append(w.copy())
add("3d", "Adam step", "vector", adam[0], tol=0.0005)
add("3e", "Adam step", "vector", adam[1], tol=0.0005)
lam = 0.1
add("3f", "SGD weight decay step", "vector", w0 - eta * (grad(w0) + lam * w0), tol=TOL)
emax, emin, T, t = 0.1, 0.001, 100, 25
add("3g", "cosine learning-rate schedule", "real",
    emin + 0.5 * (emax - emin) * (1 + math.cos(math.pi * t / T)), tol=0.0001)

# ---------------- Question 4: least squares / ridge ----------------
tt = np.array([0, 1, 2, 3], float)
y = np.array([1, 2, 2, 4], float)
Xd = np.column_stack([np.ones(4), tt])
w_ls = np.linalg.solve(Xd.T @ Xd, Xd.T @ y)
assert np.allclose(w_ls, np.linalg.lstsq(Xd, y, rcond=None)[0])
add("4a", "least squares closed form", "vector", w_ls, tol=TOL)
w_r = np.linalg.solve(Xd.T @ Xd + 2 * np.eye(2), Xd.T @ y)
add("4b", "ridge closed form", "vector", w_r, tol=TOL)
add("4c", "least squares training MSE", "real", np.mean((Xd @ w_ls - y) ** 2), tol=TOL)
nonc("4d", "prove invertibility")

doc = {"set": "exam-norm-optim", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, default_flow_style=False)
print(open(os.path.join(HERE, "expected.yaml")).read())
