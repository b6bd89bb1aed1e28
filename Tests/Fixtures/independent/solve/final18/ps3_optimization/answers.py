"""Recompute every numeric answer of ps3_optimization and write expected.yaml."""
import numpy as np
import os
import yaml

os.chdir(os.path.dirname(os.path.abspath(__file__)))

parts = []


def r(a, n=4):
    a = np.asarray(a, float)
    if a.ndim == 0:
        return round(float(a), n)
    return np.round(a, n).tolist()


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Exercise 3.1
A = np.array([[2, 0], [0, 8]], float)
b = np.array([2, -4], float)
w0 = np.array([1, 1], float)
eta, mu = 0.1, 0.9


def grad(w):
    return A @ w - b


add("3.1a", "gradient descent step", "vector", r(w0 - eta * grad(w0)), 1e-4)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
add("3.1b", "momentum (heavy ball) steps", "vector", r(w), 1e-4)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = mu * v + g
    w = w - eta * (g + mu * v)
add("3.1c", "Nesterov momentum steps (PyTorch form)", "vector", r(w), 1e-4)
eta_max = 2 / np.linalg.eigvalsh(A).max()
add("3.1d", "max stable learning rate", "real", r(eta_max), 1e-4)
wstar = np.linalg.solve(A, b)
w = w0.copy()
for _ in range(200):
    w = w - 0.3 * grad(w)
diverges = bool(np.linalg.norm(w - wstar) > 1e6)
assert diverges == (0.3 > eta_max)
add("3.1e", "GD divergence (true/false)", "boolean", diverges)
lam = 0.5
add("3.1f", "SGD with weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0)), 1e-4)

# ---------------- Exercise 3.2: Adam
th0, alpha, b1, b2, eps = 1.0, 0.01, 0.9, 0.999, 1e-8
gs = [0.5, -0.2]
m = v = 0.0
th = th0
thetas, moments = [], []
for t, g in enumerate(gs, start=1):
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    moments.append((m, v))
    mh, vh = m / (1 - b1 ** t), v / (1 - b2 ** t)
    th = th - alpha * mh / (np.sqrt(vh) + eps)
    thetas.append(th)
add("3.2a", "Adam moment estimates", "vector", [r(moments[0][0], 6), r(moments[0][1], 8)], 1e-6)
add("3.2b", "Adam step", "real", r(thetas[0], 6), 1e-4)
add("3.2c", "Adam second step", "real", r(thetas[1], 6), 1e-4)
m1, v1 = moments[0]
mh, vh = m1 / (1 - b1), v1 / (1 - b2)
add("3.2d", "AdamW step (decoupled weight decay)", "real",
    r(th0 - alpha * (mh / (np.sqrt(vh) + eps) + 0.1 * th0), 6), 1e-4)
skip("3.2e", "explain in words")

# ---------------- Exercise 3.3: schedules
T, emax, emin, t = 100, 0.1, 0.001, 25
add("3.3a", "cosine learning-rate schedule", "real",
    r(emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), 6), 1e-5)
add("3.3b", "step learning-rate schedule", "real", r(0.1 * 0.5 ** (95 // 30), 6), 1e-6)

# ---------------- Exercise 3.4: least squares / ridge
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
add("3.4a", "least squares closed form", "vector", r(w_ols), 1e-3)
add("3.4b", "least squares prediction", "real", r(w_ols @ np.array([1, 4.0])), 1e-3)
add("3.4c", "residual sum of squares", "real", r(np.sum((ys - X @ w_ols) ** 2)), 1e-3)
w_r = np.linalg.solve(X.T @ X + 2 * np.eye(2), X.T @ ys)
add("3.4d", "ridge regression closed form", "vector", r(w_r), 1e-3)
skip("3.4e", "prove")

# ---------------- Exercise 3.5: backprop
x, y, z = 2.0, -1.0, 3.0
u = x * y
vv = u + z
f = vv ** 2 + 3 * x
df_dv = 2 * vv
df_du = df_dv
df_dz = df_dv
df_dx = df_du * y + 3
df_dy = df_du * x
add("3.5a", "computational graph forward", "real", r(f), 1e-6)
add("3.5b", "backprop gradient", "vector", r([df_dx, df_dy, df_dz]), 1e-6)

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": "ps3_optimization", "source": "problems.tex", "parts": parts},
                   fh, sort_keys=False, default_flow_style=None)
print(open("expected.yaml").read())
