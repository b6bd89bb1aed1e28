"""Answers for Homework 4 (normalization, dropout, optimizers, schedules); writes expected.yaml."""
import math
import numpy as np
import yaml

SET = "hw4-norm-optim-md"
parts = []
TOL = 1e-4


def py(v):
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        if abs(f - round(f)) < 1e-12:
            return int(round(f))
        return round(f, 6)
    return v


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = x.var()  # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return mu, var, xhat, gamma * xhat + beta


def bn_backward(dy, xhat, var, gamma, eps):
    N = len(dy)
    dgamma = np.sum(dy * xhat)
    dbeta = np.sum(dy)
    dx = gamma / np.sqrt(var + eps) / N * (N * dy - dbeta - xhat * dgamma)
    return dgamma, dbeta, dx


# ---- 1. batch norm ----
x = np.array([1, 3, 4, 8], float)
gamma, beta, eps = 2.0, 0.5, 0.0
mu, var, xhat, y = bn_forward(x, gamma, beta, eps)
add("1a", "batch norm mean", "real", mu, TOL)
add("1b", "batch norm variance (biased)", "real", var, TOL)
add("1c", "batch norm output", "vector", y, TOL)
dy = np.array([1, 0, -1, 2], float)
dgamma, dbeta, dx = bn_backward(dy, xhat, var, gamma, eps)
# numeric check of dx
def loss_of(xx):
    return np.sum(dy * bn_forward(xx, gamma, beta, eps)[3])
num = np.array([(loss_of(x + h) - loss_of(x - h)) / 2e-6 for h in np.eye(4) * 1e-6])
assert np.allclose(num, dx, atol=1e-5)
add("1d", "batch norm gradient wrt gamma", "real", dgamma, TOL)
add("1e", "batch norm gradient wrt beta", "real", dbeta, TOL)
add("1f", "batch norm gradient wrt input", "vector", dx, TOL)
x1 = np.array([5.0])
_, var1, xhat1, y1 = bn_forward(x1, gamma, beta, 1e-5)
add("1g", "batch norm output (batch of one)", "real", y1[0], TOL)
_, _, dx1 = bn_backward(np.array([3.0]), xhat1, var1, gamma, 1e-5)
add("1h", "batch norm gradient (batch of one)", "real", dx1[0], TOL)

# ---- 2. layer norm ----
h = np.array([2, -1, 0, 3], float)
ln = (h - h.mean()) / np.sqrt(h.var() + 0.0)
add("2a", "layer norm output", "vector", ln, TOL)
skip("2b", "explain in words")

# ---- 3. dropout ----
p = 0.25
a = np.array([2.0, 0.5, -1.0, 3.0])
m = np.array([1, 0, 1, 1])
add("3a", "inverted dropout training output", "vector", a * m / (1 - p), TOL)
add("3b", "classic dropout test-time output", "vector", a * (1 - p), TOL)
q = 1 - p
var_out = (3.0 / q) ** 2 * q * (1 - q)
add("3c", "inverted dropout output variance", "real", var_out, TOL)

# ---- 4. optimizers ----
def grad(w):
    return np.array([2 * (w[0] - 3), 4 * w[1]])

w0 = np.array([1.0, 1.0])
lr = 0.1
add("4a", "SGD step", "vector", w0 - lr * grad(w0), TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - lr * v
add("4b", "SGD momentum (two steps)", "vector", w, TOL)

w, v = w0.copy(), np.zeros(2)
g = grad(w)
v = 0.9 * v + g
w = w - lr * (g + 0.9 * v)
add("4c", "Nesterov momentum step (PyTorch form)", "vector", w, TOL)

b1, b2, eps_a = 0.9, 0.999, 1e-8
w, m1, m2 = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in range(1, 3):
    g = grad(w)
    m1 = b1 * m1 + (1 - b1) * g
    m2 = b2 * m2 + (1 - b2) * g * g
    mh = m1 / (1 - b1 ** t)
    vh = m2 / (1 - b2 ** t)
    w = w - lr * mh / (np.sqrt(vh) + eps_a)
    adam.append(w.copy())
add("4d", "Adam step 1", "vector", adam[0], TOL)
add("4e", "Adam step 2", "vector", adam[1], TOL)

g = grad(w0) + 0.01 * w0
add("4f", "SGD with weight decay", "vector", w0 - lr * g, TOL)
skip("4g", "explain in words")

# ---- 5. schedules ----
add("5a", "StepLR learning rate", "real", 0.1 * 0.1 ** (75 // 30), 1e-6)
T, t = 100, 25
add("5b", "cosine annealing learning rate", "real", 0.0 + 0.5 * (0.1 - 0.0) * (1 + math.cos(math.pi * t / T)), 1e-5)

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": SET, "source": "problems.md", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=200)
print(open("expected.yaml").read())
