"""Compute every numeric answer of problems.md and write expected.yaml."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def num(v):
    v = float(v)
    return int(round(v)) if abs(v - round(v)) < 1e-9 else round(v, 6)


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


# ---------------- 1. GD and momentum ----------------
H = np.diag([2.0, 6.0])          # Hessian of w1^2 + 3 w2^2
grad = lambda w: H @ w
eta = 0.1
w0 = np.array([1.0, 1.0])

w1 = w0 - eta * grad(w0)
w2 = w1 - eta * grad(w1)
add("1a", "gradient descent step", "vector", tolist(w1), tol=1e-4)
add("1b", "gradient descent step", "vector", tolist(w2), tol=1e-4)


def momentum(w, beta, steps, nesterov=False):
    v = np.zeros_like(w)
    for _ in range(steps):
        g = grad(w)
        v = beta * v + g
        w = w - eta * ((g + beta * v) if nesterov else v)
    return w


add("1c", "SGD with momentum", "vector", tolist(momentum(w0, 0.9, 2)), tol=1e-4)
add("1d", "Nesterov momentum", "vector", tolist(momentum(w0, 0.9, 2, nesterov=True)), tol=1e-4)
add("1e", "GD stability threshold", "real", num(2 / np.max(np.linalg.eigvalsh(H))), tol=1e-3)
nc("1f", "explain in words")

# ---------------- 2. Adam and weight decay ----------------
theta0, gs = 0.5, [0.2, -0.1]
lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8


def adam(theta, grads, wd_decoupled=0.0):
    m = v = 0.0
    for t, g in enumerate(grads, start=1):
        theta = theta * (1 - lr * wd_decoupled)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        mhat = m / (1 - b1 ** t)
        vhat = v / (1 - b2 ** t)
        theta = theta - lr * mhat / (math.sqrt(vhat) + eps)
    return theta


add("2a", "Adam step", "real", num(adam(theta0, gs[:1])), tol=1e-4)
add("2b", "Adam step", "real", num(adam(theta0, gs)), tol=1e-4)
add("2c", "SGD with L2 weight decay", "real", num(theta0 - 0.1 * (gs[0] + 0.01 * theta0)), tol=1e-4)
add("2d", "AdamW decoupled weight decay", "real", num(adam(theta0, gs[:1], wd_decoupled=0.1)), tol=5e-5)
# SGD: grad of lam/2 ||theta||^2 is lam*theta -> theta - eta*(g + lam*theta);
# decoupled: theta*(1 - eta*lam) - eta*g  -> identical
th, g, lam, e2 = 0.5, 0.2, 0.01, 0.1
add("2e", "L2 regularization vs weight decay (SGD)", "boolean",
    bool(np.isclose(th - e2 * (g + lam * th), th * (1 - e2 * lam) - e2 * g)))
first = abs(adam(theta0, [0.37]) - theta0)
opts = {"A": lr * 0.37, "B": lr, "C": lr / math.sqrt(1 - b2), "D": lr * (1 - b1)}
best = [k for k, v in opts.items() if abs(v - first) < 1e-6]
assert best == ["B"]
add("2f", "Adam first-step magnitude", "choice", best[0])

# ---------------- 3. LR schedules ----------------
base = 0.1
add("3a", "step learning-rate schedule", "real", num(base * 0.1 ** (65 // 30)), tol=1e-6)
add("3b", "cosine learning-rate schedule", "real",
    num(0 + 0.5 * (base - 0) * (1 + math.cos(math.pi * 25 / 100))), tol=1e-4)
nc("3c", "ambiguous: the warmup start value (0 or 0.1/5) and whether epoch 2 is the second or third epoch are not fixed")

# ---------------- 4. Least squares and ridge ----------------
X = np.array([[1, 0], [0, 1], [1, 1], [2, 1]], float)
y = np.array([1, 2, 2, 4], float)
n = len(y)
w_ls = np.linalg.solve(X.T @ X, X.T @ y)
add("4a", "least squares closed form", "vector", tolist(w_ls), tol=1e-3)
add("4b", "least squares training MSE", "real", num(np.mean((y - X @ w_ls) ** 2)), tol=1e-3)
w_r = np.linalg.solve(X.T @ X + 3 * np.eye(2), X.T @ y)
add("4c", "ridge closed form", "vector", tolist(w_r), tol=1e-3)
w_rn = np.linalg.solve(X.T @ X / n + 3 * np.eye(2), X.T @ y / n)
add("4d", "ridge closed form (mean loss)", "vector", tolist(w_rn), tol=1e-3)
nc("4e", "prove")
big = np.linalg.solve(X.T @ X + 1e9 * np.eye(2), X.T @ y)
assert np.allclose(big, 0, atol=1e-6)
add("4f", "ridge limit", "choice", "B")

out = {"set": "optim-markdown", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None))
