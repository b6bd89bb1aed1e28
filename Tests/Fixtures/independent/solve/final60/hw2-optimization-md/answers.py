"""Recompute every answer of hw2-optimization-md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def r4(a):
    a = np.asarray(a, float)
    return float(np.round(a, 4)) if a.ndim == 0 else np.round(a, 4).tolist()


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---- 1 ----
X = np.array([[1, 0], [0, 1], [1, 1], [2, 1]], float)
y = np.array([1, 2, 2, 4], float)
w = np.linalg.solve(X.T @ X, X.T @ y)
add("1a", "least squares closed form", "vector", r4(w), tol=1e-3)
wr = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
add("1b", "ridge closed form", "vector", r4(wr), tol=1e-3)
add("1c", "training MSE", "real", r4(np.mean((y - X @ w) ** 2)), tol=1e-3)
X1 = np.hstack([np.ones((4, 1)), X])
w1 = np.linalg.solve(X1.T @ X1, X1.T @ y)
add("1d", "least squares with intercept", "vector", r4(w1), tol=1e-3)
nc("1e", "explain / prove")

# ---- 2 ----
A = np.array([[3, 0], [0, 1]], float)
b = np.array([3, 1], float)
grad = lambda w: A @ w - b
w0 = np.zeros(2)
eta, mu = 0.1, 0.9
add("2a", "gradient of a quadratic", "vector", grad(w0).tolist())
add("2b", "SGD step", "vector", r4(w0 - eta * grad(w0)), tol=1e-6)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
add("2c", "momentum steps", "vector", r4(w), tol=1e-4)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v - eta * grad(w + mu * v)
    w = w + v
add("2d", "Nesterov momentum steps", "vector", r4(w), tol=1e-4)
lmax = np.linalg.eigvalsh(A).max()
add("2e", "GD stability threshold", "real", r4(2 / lmax), tol=1e-3)
opts = {"A": 0.5, "B": 0.7, "C": 1.0}
ok = [k for k, e in opts.items() if e < 2 / lmax]
add("2f", "GD convergence (multiple choice)", "choice", ok[0] if len(ok) == 1 else "D")

# ---- 3 ----
b1, b2, eps, lr = 0.9, 0.999, 1e-8, 0.01
theta, m, vv = 1.0, 0.0, 0.0
thetas = []
for t, g in enumerate([0.5, -0.2], start=1):
    m = b1 * m + (1 - b1) * g
    vv = b2 * vv + (1 - b2) * g * g
    mh, vh = m / (1 - b1 ** t), vv / (1 - b2 ** t)
    theta = theta - lr * mh / (np.sqrt(vh) + eps)
    thetas.append(theta)
add("3a", "Adam step", "real", r4(thetas[0]), tol=1e-4)
add("3b", "Adam step", "real", r4(thetas[1]), tol=1e-4)
lam = 0.1
add("3c", "SGD with L2 weight decay", "real", r4(1.0 - 0.1 * (0.5 + lam * 1.0)), tol=1e-6)
th = 1.0 * (1 - lr * 0.1)  # AdamW: decoupled decay, then Adam step
m1 = (1 - b1) * 0.5
v1 = (1 - b2) * 0.25
th = th - lr * (m1 / (1 - b1)) / (np.sqrt(v1 / (1 - b2)) + eps)
add("3d", "AdamW step", "real", r4(th), tol=1e-4)

# ---- 4 ----
add("4a", "step learning-rate schedule", "real", r4(0.1 * 0.5 ** (25 // 10)), tol=1e-6)
add("4b", "cosine learning-rate schedule", "real", r4(0 + 0.5 * 0.1 * (1 + np.cos(np.pi * 25 / 100))), tol=1e-4)
f = np.array([0.3, 0.5, 2.0])
yl = np.array([1, -1, 1])
add("4c", "hinge loss", "real", r4(np.mean(np.maximum(0, 1 - yl * f))), tol=1e-3)
p = np.array([0.9, 0.2, 0.6])
t = np.array([1, 0, 1])
add("4d", "binary cross-entropy", "real", r4(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))), tol=1e-3)
nc("4e", "discuss / give reasons")

with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": "hw2-optimization-md", "source": "problems.md", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=120)
