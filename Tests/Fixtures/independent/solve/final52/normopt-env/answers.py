"""Recompute every answer of normopt-env/problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []
TOL = 0.001


def r(v, nd=4):
    v = round(float(v), nd)
    return 0.0 if v == 0 else v


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nocomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# Exercise 3.1 batch norm
x = np.array([2., 4., 6., 8.])
g, b = 2.0, 1.0
N = len(x)
mu = x.mean()
var = x.var()                      # biased
xhat = (x - mu) / np.sqrt(var)
y = g * xhat + b
add("3.1a", "batch norm forward", "vector", [r(v) for v in y], TOL)
xhat_u = (x - mu) / np.sqrt(x.var(ddof=1))
add("3.1b", "batch norm forward (unbiased variance)", "vector", [r(v) for v in g * xhat_u + b], TOL)
dy = np.array([1., 0., 0., -1.])
dgamma = np.sum(dy * xhat)
dbeta = np.sum(dy)
add("3.1c", "batch norm parameter gradients", "vector", [r(dgamma), r(dbeta)], TOL)
dxhat = dy * g
dx = (1.0 / (N * np.sqrt(var))) * (N * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat))
# numerical check of dx
def loss(xx):
    m = xx.mean(); v = xx.var()
    return np.sum(dy * (g * (xx - m) / np.sqrt(v) + b))
num = np.array([(loss(x + 1e-6 * e) - loss(x - 1e-6 * e)) / 2e-6 for e in np.eye(N)])
assert np.allclose(num, dx, atol=1e-6)
add("3.1d", "batch norm input gradient", "vector", [r(v) for v in dx], TOL)
x1 = np.array([7.0]); eps = 1e-5
y1 = g * (x1 - x1.mean()) / np.sqrt(x1.var() + eps) + b
add("3.1e", "batch norm batch of one", "real", r(y1[0]), TOL)
nocomp("3.1f", "explain in words")

# Exercise 3.2
h = np.array([1., 2., 3., 6.])
add("3.2a", "layer norm forward", "vector", [r(v) for v in (h - h.mean()) / np.sqrt(h.var())], TOL)
add("3.2b", "layer norm parameter count", "integer", 2 * 512)
add("3.2c", "batch norm parameter count", "integer", 2 * 64)

# Exercise 3.3 dropout
a = np.array([2.0, 0.5, 1.5, 4.0]); p = 0.25; m = np.array([1, 0, 1, 1])
add("3.3a", "inverted dropout forward", "vector", [r(v) for v in a * m / (1 - p)], TOL)
add("3.3b", "classic dropout test-time scaling", "vector", [r(v) for v in a * (1 - p)], TOL)
q = 0.8
opts = {"A": 0.8, "B": 1.25, "C": 0.2, "D": 5.0}
add("3.3c", "inverted dropout scale factor", "choice",
    [k for k, v in opts.items() if abs(v - 1 / q) < 1e-12][0])

# Exercise 3.4 optimizers
def grad(w):
    return np.array([2 * w[0], 4 * w[1]])
w0 = np.array([1.0, -1.0]); eta = 0.1; mu_m = 0.9
add("3.4a", "gradient descent step", "vector", [r(v) for v in w0 - eta * grad(w0)], TOL)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu_m * v + grad(w); w = w - eta * v
add("3.4b", "SGD momentum steps", "vector", [r(t) for t in w], TOL)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu_m * v + grad(w - eta * mu_m * v); w = w - eta * v
add("3.4c", "Nesterov momentum steps", "vector", [r(t) for t in w], TOL)
b1, b2, eps = 0.9, 0.999, 1e-8
gg = grad(w0)
m1 = (1 - b1) * gg; v1 = (1 - b2) * gg ** 2
mh = m1 / (1 - b1); vh = v1 / (1 - b2)
add("3.4d", "Adam step", "vector", [r(t) for t in w0 - eta * mh / (np.sqrt(vh) + eps)], TOL)
lam = 0.01
add("3.4e", "gradient step with weight decay", "vector",
    [r(t) for t in w0 - eta * (grad(w0) + lam * w0)], TOL)
add("3.4f", "step learning-rate schedule", "real", r(0.1 * 0.5 ** (25 // 10), 6), 1e-6)

# Exercise 3.5 least squares / ridge
X = np.array([[1., 0.], [1., 1.], [1., 2.]]); yv = np.array([1., 2., 4.])
w_ls = np.linalg.solve(X.T @ X, X.T @ yv)
add("3.5a", "least squares closed form", "vector", [r(t) for t in w_ls], TOL)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ yv)
add("3.5b", "ridge closed form", "vector", [r(t) for t in w_r], TOL)
add("3.5c", "residual sum of squares", "real", r(np.sum((X @ w_ls - yv) ** 2)), TOL)
nocomp("3.5d", "prove")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "normopt-env", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
