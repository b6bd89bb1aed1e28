"""Recompute every numeric answer of hw4-norm-optim-md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def r4(v):
    v = np.round(np.asarray(v, float), 4) + 0.0
    return v.tolist() if v.ndim else float(v)


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


TOL = 0.001

# Problem 1: batch norm
x = np.array([2, 4, 6, 8], float)
gamma, beta = 2.0, 1.0
mu = x.mean()
var_b = x.var()  # biased
xhat = (x - mu) / np.sqrt(var_b)
add("1a", "batch norm forward (normalized)", "vector", r4(xhat), tolerance=TOL)
y = gamma * xhat + beta
add("1b", "batch norm forward (output)", "vector", r4(y), tolerance=TOL)
xhat_u = (x - mu) / np.sqrt(x.var(ddof=1))
add("1c", "batch norm forward (unbiased variance)", "vector", r4(xhat_u), tolerance=TOL)
dy = np.array([1, 0, 0, 0], float)
dxhat = dy * gamma
n = len(x)
def bn_backward(xv, dyv, eps=0.0):
    m = len(xv)
    sd = np.sqrt(xv.var() + eps)
    xh = (xv - xv.mean()) / sd
    dxh = dyv * gamma
    return (1.0 / (m * sd)) * (m * dxh - dxh.sum() - xh * np.sum(dxh * xh))

dx = bn_backward(x, dy)
# numerical check
def bn(xv):
    return gamma * (xv - xv.mean()) / np.sqrt(xv.var()) + beta
h = 1e-6
num = np.array([(np.dot(dy, bn(x + h * e)) - np.dot(dy, bn(x - h * e))) / (2 * h) for e in np.eye(n)])
assert np.allclose(num, dx, atol=1e-5)
add("1d", "batch norm backward (input gradient)", "vector", r4(dx), tolerance=TOL)
add("1e", "batch norm backward (gamma, beta gradients)", "vector",
    r4([np.sum(dy * xhat), np.sum(dy)]), tolerance=TOL)
x1 = np.array([3.0])
eps = 1e-5
y1 = gamma * (x1 - x1.mean()) / np.sqrt(x1.var() + eps) + beta
add("1f", "batch norm forward (batch of one)", "real", r4(y1[0]), tolerance=TOL)
# batch of one: output does not depend on x, so the input gradient is zero
dx1 = bn_backward(x1, np.array([7.0]), eps)[0]
add("1g", "batch norm backward (batch of one)", "real", r4(dx1), tolerance=TOL)
v = np.array([1, 2, 3, 6], float)
add("1h", "layer norm forward", "vector", r4((v - v.mean()) / np.sqrt(v.var())), tolerance=TOL)

# Problem 2: optimizers
def grad(w):
    return np.array([w[0], 10 * w[1]])

w0 = np.array([1.0, 1.0])
lr = 0.1
add("2a", "SGD step", "vector", r4(w0 - lr * grad(w0)), tolerance=TOL)
w, vel = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    vel = 0.9 * vel + g
    w = w - lr * vel
add("2b", "SGD with momentum steps", "vector", r4(w), tolerance=TOL)
w, vel = w0.copy(), np.zeros(2)
g = grad(w)
vel = 0.9 * vel + g
w = w - lr * (g + 0.9 * vel)
add("2c", "Nesterov momentum step", "vector", r4(w), tolerance=TOL)
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
b1, b2, eps, alr = 0.9, 0.999, 1e-8, 0.01
for t in (1, 2):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mh, sh = m / (1 - b1 ** t), s / (1 - b2 ** t)
    w = w - alr * mh / (np.sqrt(sh) + eps)
add("2d", "Adam steps", "vector", r4(w), tolerance=TOL)
lam = 0.01
add("2e", "SGD with weight decay", "vector", r4(w0 - lr * (grad(w0) + lam * w0)), tolerance=TOL)
eta = 0.0 + 0.5 * (0.1 - 0.0) * (1 + np.cos(np.pi * 25 / 100))
add("2f", "cosine learning-rate schedule", "real", r4(eta), tolerance=1e-4)
nc("2g", "explain in words")

# Problem 3: least squares / ridge
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 2, 2, 4], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
add("3a", "least squares closed form", "vector", r4(w_ols), tolerance=TOL)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("3b", "ridge closed form", "vector", r4(w_r), tolerance=TOL)
add("3c", "training MSE", "real", r4(np.mean((X @ w_ols - ys) ** 2)), tolerance=TOL)
add("3d", "ridge prediction", "real", r4(np.array([1.0, 4.0]) @ w_r), tolerance=TOL)
nc("3e", "derive a general formula")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "hw4-norm-optim-md", "source": "problems.md", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
