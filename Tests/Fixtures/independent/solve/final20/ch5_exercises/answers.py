"""Expected answers for ch5_exercises. Run: python3 answers.py (writes expected.yaml)."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def r(a, n=4):
    a = np.round(np.asarray(a, dtype=float), n) + 0.0
    return a.tolist() if a.ndim else float(a)


# ---------------- Exercise 5.1 ----------------
Hs = np.diag([1.0, 10.0])
grad = lambda w: Hs @ w
w0 = np.array([1.0, 1.0])
eta = 0.05
add("5.1a", "gradient descent step", "vector", r(w0 - eta * grad(w0)), tol=0.001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("5.1b", "momentum steps", "vector", r(w), tol=0.001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v - eta * grad(w + 0.9 * v)
    w = w + v
add("5.1c", "Nesterov momentum steps", "vector", r(w), tol=0.001)
add("5.1d", "gradient descent stability bound", "real", r(2 / np.linalg.eigvalsh(Hs).max()), tol=0.001)

# ---------------- Exercise 5.2 ----------------
alpha, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
gs = [0.2, -0.1, 0.4]


def adam(theta, steps, wd=0.0):
    m = v = 0.0
    hist = []
    for t in range(1, steps + 1):
        g = gs[t - 1]
        theta = theta - alpha * wd * theta  # decoupled decay (AdamW); no-op when wd = 0
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        mh, vh = m / (1 - b1 ** t), v / (1 - b2 ** t)
        theta = theta - alpha * mh / (np.sqrt(vh) + eps)
        hist.append((m, v, theta))
    return hist


h = adam(0.5, 2)
add("5.2a.i", "Adam first moment", "real", r(h[0][0], 6), tol=1e-5)
add("5.2a.ii", "Adam second moment", "real", r(h[0][1], 8), tol=1e-7)
add("5.2b", "Adam step", "real", r(h[0][2], 6), tol=1e-5)
add("5.2c", "Adam step", "real", r(h[1][2], 6), tol=1e-5)
add("5.2d", "AdamW step (decoupled weight decay)", "real", r(adam(0.5, 1, wd=0.01)[0][2], 6), tol=1e-5)
add("5.2e", why="explain in words (Adam bias correction)")

# ---------------- Exercise 5.3 ----------------
add("5.3a", "step learning-rate schedule", "real", r(0.1 * 0.5 ** (25 // 10), 6), tol=1e-5)
emax, emin, T, t = 0.1, 0.001, 100, 30
add("5.3b", "cosine learning-rate schedule", "real",
    r(emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), 6), tol=1e-5)

# ---------------- Exercise 5.4 ----------------
xs = np.array([0, 1, 2, 3.0])
ys = np.array([1, 3, 2, 5.0])
X = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
add("5.4a", "least squares", "vector", r(w_ols), tol=0.001)
add("5.4b", "residual sum of squares", "real", r(np.sum((ys - X @ w_ols) ** 2)), tol=0.001)
w_r = np.linalg.solve(X.T @ X + 2 * np.eye(2), X.T @ ys)
add("5.4c", "ridge regression", "vector", r(w_r), tol=0.001)
add("5.4d", "ridge prediction", "real", r(w_r @ np.array([1, 4.0])), tol=0.001)
add("5.4e", "ridge vs least squares norm", "boolean", bool(np.linalg.norm(w_r) < np.linalg.norm(w_ols)))
add("5.4f", why="derive a formula (closed-form ridge solution)")

# ---------------- Exercise 5.5 ----------------
Q = np.array([[1, 0], [0, 2], [1, 1.0]])
K = np.array([[1, 0], [1, 1], [0, 1.0]])
Vm = np.array([[1, 2], [0, 1], [3, 0.0]])
S = Q @ K.T / np.sqrt(2)


def softmax_rows(A):
    A = A - A.max(axis=1, keepdims=True)
    E = np.exp(A)
    return E / E.sum(axis=1, keepdims=True)


Wt = softmax_rows(S)
add("5.5a", "attention scores", "matrix", r(S), tol=0.001)
add("5.5b", "attention weights", "matrix", r(Wt), tol=0.001)
add("5.5c", "attention output", "matrix", r(Wt @ Vm), tol=0.001)
Sm = np.where(np.tril(np.ones((3, 3))) > 0, S, -np.inf)
add("5.5d", "causal attention output", "matrix", r(softmax_rows(Sm) @ Vm), tol=0.001)

out = {"set": "ch5_exercises", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=1000)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=1000))
