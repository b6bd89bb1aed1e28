"""Recompute every answer of optim-ridge-txt and write expected.yaml."""
import numpy as np
import yaml, os

def R(v, nd=6):
    a = np.asarray(v, float)
    if a.ndim == 0:
        return round(float(a), nd)
    return [R(r, nd) for r in a]

parts = []
def add(pid, family, kind, ans, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": ans}
    if tol is not None: d["tolerance"] = tol
    parts.append(d)
def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

# Q1
grad = lambda w: np.array([w[0], 10 * w[1]])
w0 = np.array([1.0, 1.0]); eta = 0.1
w1 = w0 - eta * grad(w0); w2 = w1 - eta * grad(w1)
add("1a", "SGD step", "vector", R(w1), tol=1e-4)
add("1b", "SGD two steps", "vector", R(w2), tol=1e-4)
beta = 0.9
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w); v = beta * v + g; w = w - eta * v
add("1c", "momentum SGD two steps", "vector", R(w), tol=1e-4)
add("1d", "momentum velocity", "vector", R(v), tol=1e-4)
g = grad(w0); v = beta * np.zeros(2) + g
add("1e", "Nesterov step", "vector", R(w0 - eta * (g + beta * v)), tol=1e-4)
lam = 0.01
add("1f", "SGD with weight decay", "vector", R(w0 - eta * (grad(w0) + lam * w0)), tol=1e-4)

# Q2 Adam
alpha, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
gs = [0.5, -0.2]
th, m, vv, thetas, ms = 1.0, 0.0, 0.0, [], []
for t, gt in enumerate(gs, 1):
    m = b1 * m + (1 - b1) * gt; vv = b2 * vv + (1 - b2) * gt ** 2
    mh = m / (1 - b1 ** t); vh = vv / (1 - b2 ** t)
    th = th - alpha * mh / (np.sqrt(vh) + eps)
    thetas.append(th); ms.append(m)
add("2a", "Adam step", "real", R(thetas[0]), tol=1e-4)
add("2b", "Adam first moment", "real", R(ms[1]), tol=1e-6)
add("2c", "Adam two steps", "real", R(thetas[1]), tol=1e-4)
lamw = 0.1; th0 = 1.0
m1 = (1 - b1) * gs[0]; v1 = (1 - b2) * gs[0] ** 2
adamw = th0 - alpha * lamw * th0 - alpha * (m1 / (1 - b1)) / (np.sqrt(v1 / (1 - b2)) + eps)
add("2d", "AdamW step with decoupled weight decay", "real", R(adamw), tol=1e-4)
step = abs(thetas[0] - 1.0)
opts = {"A": 0.005, "B": 0.01, "C": 0.05, "D": 0.5}
add("2e", "Adam update magnitude", "choice", min(opts, key=lambda k: abs(opts[k] - step)))

# Q3 schedules
base = 0.1
add("3a", "step LR schedule", "real", R(base * 0.5 ** (25 // 10)), tol=1e-6)
add("3b", "cosine LR schedule", "real", R(0.5 * base * (1 + np.cos(np.pi * 25 / 100))), tol=1e-5)
add("3c", "exponential LR schedule", "real", R(base * 0.95 ** 10), tol=1e-5)
non("3d", "ambiguous: warmup start value (0 or base/5) and whether epoch 1 is the first or second warmup epoch are not fixed")

# Q4
xs = np.array([0, 1, 2, 3], float); ys = np.array([1, 3, 2, 5], float)
X = np.column_stack([np.ones(4), xs])
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
add("4a", "least squares closed form", "vector", R(w_ls), tol=1e-4)
add("4b", "least squares prediction", "real", R(w_ls @ [1, 4]), tol=1e-4)
sse = float(np.sum((ys - X @ w_ls) ** 2))
add("4c", "sum of squared residuals", "real", R(sse), tol=1e-4)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("4d", "ridge closed form", "vector", R(w_r), tol=1e-4)
w_r2 = np.linalg.solve(X.T @ X + 1.0 * np.diag([0, 1]), X.T @ ys)
add("4e", "ridge closed form, unpenalized intercept", "vector", R(w_r2), tol=1e-4)
add("4f", "ridge training error vs least squares", "boolean",
    bool(np.sum((ys - X @ w_r) ** 2) >= sse))
non("4g", "prove")

out = {"set": "optim-ridge-txt", "source": "problems.txt", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None)
