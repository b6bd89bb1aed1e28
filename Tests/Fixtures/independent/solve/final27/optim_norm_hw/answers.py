"""Recompute every answer of optim_norm_hw and write expected.yaml next to this file."""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def num(v):
    v = np.asarray(v)
    if v.ndim == 0:
        f = float(v)
        return int(round(f)) if abs(f - round(f)) < 1e-9 else round(f, 4)
    return [num(e) for e in v]


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": num(answer) if kind not in ("choice", "choices", "boolean") else answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Problem 1 ----------------
x = np.array([2, 4, 4, 10], float)
gamma, beta, eps = 2.0, 0.5, 0.0
N = len(x)
mu = x.mean()
var = ((x - mu) ** 2).mean()
add("1a", "batch variance (biased)", "real", var, tol=1e-3)


def bn(x, gamma, beta, eps):
    mu = x.mean(); var = ((x - mu) ** 2).mean()
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


xhat = (x - mu) / np.sqrt(var + eps)
y = gamma * xhat + beta
add("1b", "batch norm forward", "vector", y, tol=1e-3)
g = np.array([1, 0, -1, 2], float)
add("1c", "batch norm gamma/beta gradients", "vector", [np.sum(g * xhat), np.sum(g)], tol=1e-3)
dxhat = g * gamma
dx = (N * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat)) / (N * np.sqrt(var + eps))
# numerical check
num_dx = np.array([(np.dot(g, bn(x + h, gamma, beta, eps)) - np.dot(g, bn(x - h, gamma, beta, eps))) / 2e-6
                   for h in np.eye(N) * 1e-6])
assert np.allclose(dx, num_dx, atol=1e-5)
add("1d", "batch norm input gradient", "vector", dx, tol=1e-3)
x1 = np.array([3.0])
add("1e", "batch norm forward (batch of one)", "real", bn(x1, gamma, beta, 1e-3)[0], tol=1e-3)
# gradient for a batch of one: the output does not depend on x at all
hh = 1e-4
d1 = 5 * (bn(x1 + hh, gamma, beta, 1e-3) - bn(x1 - hh, gamma, beta, 1e-3))[0] / (2 * hh)
add("1f", "batch norm input gradient (batch of one)", "real", round(d1, 6), tol=1e-3)
h = np.array([1, 2, 3, 6], float)
add("1g", "layer norm forward", "vector", (h - h.mean()) / np.sqrt(((h - h.mean()) ** 2).mean()), tol=1e-3)

# ---------------- Problem 2 ----------------
a = np.array([2.0, 0.5, -1.0, 4.0])
m = np.array([1, 0, 1, 1], float)
p = 0.25
add("2a", "inverted dropout (train)", "vector", a * m / (1 - p), tol=1e-3)
add("2b", "inverted dropout (test)", "vector", a, tol=1e-3)
add("2c", "classic dropout (test)", "vector", a * (1 - p), tol=1e-3)
add("2d", "dropout expectation", "real", (1 - p) * a[3] / (1 - p) + p * 0.0, tol=1e-3)
nc("2e", "explain / discuss")

# ---------------- Problem 3 ----------------
def grad(w):
    return np.array([w[0], 10 * w[1]])


w0 = np.array([1.0, 1.0])
lr = 0.1
add("3a", "SGD step", "vector", w0 - lr * grad(w0), tol=1e-3)


def sgd(steps, mu=0.0, nesterov=False, wd=0.0):
    w = w0.copy(); v = np.zeros(2)
    for t in range(steps):
        gr = grad(w) + wd * w
        if mu:
            v = mu * v + gr
            step = gr + mu * v if nesterov else v
        else:
            step = gr
        w = w - lr * step
    return w


add("3b", "SGD momentum steps", "vector", sgd(2, 0.9), tol=1e-3)
add("3c", "Nesterov momentum steps", "vector", sgd(2, 0.9, nesterov=True), tol=1e-3)


def adam(steps, b1=0.9, b2=0.999, eps=1e-8, decoupled_wd=0.0):
    w = w0.copy(); m1 = np.zeros(2); v2 = np.zeros(2)
    for t in range(1, steps + 1):
        gr = grad(w)
        w = w * (1 - lr * decoupled_wd)
        m1 = b1 * m1 + (1 - b1) * gr
        v2 = b2 * v2 + (1 - b2) * gr ** 2
        mh = m1 / (1 - b1 ** t); vh = v2 / (1 - b2 ** t)
        w = w - lr * mh / (np.sqrt(vh) + eps)
    return w


add("3d", "Adam step", "vector", adam(1), tol=1e-3)
add("3e", "Adam steps", "vector", adam(2), tol=1e-3)
add("3f", "SGD with weight decay", "vector", sgd(1, wd=0.01), tol=1e-4)
add("3g", "AdamW step", "vector", adam(1, decoupled_wd=0.01), tol=1e-4)
add("3h", "step LR schedule", "real", 0.1 * 0.5 ** (35 // 10), tol=1e-5)
add("3i", "cosine LR schedule", "real", 0 + 0.5 * (0.1 - 0) * (1 + math.cos(math.pi * 25 / 100)), tol=1e-4)
nc("3j", "explain / discuss")

with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": "optim_norm_hw", "source": "problems.md", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=100)
print(len(parts), "parts,", sum(p["computable"] for p in parts), "computable")
