"""Recompute every answer of ps5-optimization-attention/problems.md and write expected.yaml."""
import math
import os

import numpy as np
import yaml

SET = "ps5-optimization-attention"
parts = []
TOL = 0.001


def r(v, nd=4):
    a = np.asarray(v, float)
    if a.ndim == 0:
        return round(float(a), nd)
    if a.ndim == 1:
        return [round(float(t), nd) for t in a]
    return [[round(float(t), nd) for t in row] for row in a]


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Problem 1 ----------------
grad = lambda w: np.array([w[0], 10.0 * w[1]])
w0 = np.array([1.0, 1.0])
eta = 0.05

add("1a", "gradient descent step", "vector", r(w0 - eta * grad(w0)), TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("1b", "SGD with momentum (two steps)", "vector", r(w), TOL)

w, v = w0.copy(), np.zeros(2)
mu = 0.9
for _ in range(2):
    v = mu * v - eta * grad(w + mu * v)
    w = w + v
add("1c", "Nesterov momentum (two steps)", "vector", r(w), TOL)

w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
b1, b2, eps = 0.9, 0.999, 1e-8
for t in range(1, 3):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mhat = m / (1 - b1 ** t)
    shat = s / (1 - b2 ** t)
    w = w - eta * mhat / (np.sqrt(shat) + eps)
add("1d", "Adam (two steps)", "vector", r(w), TOL)

lam = 0.1
add("1e", "SGD with weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0)), TOL)

lr_step = 0.1 * 0.5 ** (25 // 10)
add("1f", "step learning-rate schedule", "real", r(lr_step, 6), 1e-5)
eta_cos = 0.0 + 0.5 * (0.1 - 0.0) * (1 + math.cos(math.pi * 25 / 100))
add("1g", "cosine learning-rate schedule", "real", r(eta_cos, 6), 1e-4)
skip("1h", "explain in words")

# ---------------- Problem 2 ----------------
X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0]])
y = np.array([1.0, 2.0, 2.0, 5.0])
w_ls = np.linalg.solve(X.T @ X, X.T @ y)
add("2a", "least squares closed form", "vector", r(w_ls), TOL)
res = y - X @ w_ls
add("2b", "residual sum of squares", "real", r(res @ res), TOL)
w_ridge = np.linalg.solve(X.T @ X + 3.0 * np.eye(2), X.T @ y)
add("2c", "ridge closed form", "vector", r(w_ridge), TOL)
X1 = np.hstack([np.ones((4, 1)), X])
w_int = np.linalg.solve(X1.T @ X1, X1.T @ y)
add("2d", "least squares with intercept", "vector", r(w_int), TOL)
skip("2e", "prove")
biased, unbiased = np.var(res), np.var(res, ddof=1)
assert abs(biased - unbiased) > 1e-3
skip("2f", "ambiguous: the divisor of the variance (n, n-1 or n-p) is not stated; "
           f"1/n gives {biased:.4f}, 1/(n-1) gives {unbiased:.4f}")

# ---------------- Problem 3 ----------------
Q = np.array([[1.0, 0.0], [0.0, 1.0]])
K = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
V = np.array([[1.0, 2.0], [0.0, 1.0], [3.0, 0.0]])
S = Q @ K.T
add("3.1", "attention raw scores", "matrix", [[int(t) for t in row] for row in S])
Z = S / np.sqrt(2)
A = np.exp(Z - Z.max(axis=1, keepdims=True))
A /= A.sum(axis=1, keepdims=True)
add("3.2", "attention weights (scaled softmax)", "matrix", r(A), TOL)
add("3.3", "attention output", "matrix", r(A @ V), TOL)
skip("3.4", "explain in words")

# ---------------- Problem 4 ----------------
N = 64
h1 = (28 + 2 * 1 - 3) // 1 + 1
hp = h1 // 2
add("4.1", "pooling output shape", "shape", [N, 8, hp, hp], layout="NCHW")
h2 = hp - 3 + 1
add("4.2", "conv output shape", "shape", [N, 16, h2, h2], layout="NCHW")
params = (8 * 1 * 9 + 8) + (16 * 8 * 9 + 16) + (16 * 10 + 10)
add("4.3", "total parameter count", "integer", params)
add("4.4", "conv MACs", "integer", 16 * h2 * h2 * 8 * 9)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": SET, "source": "problems.md", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump({"parts": parts}, sort_keys=False, default_flow_style=None, width=100))
