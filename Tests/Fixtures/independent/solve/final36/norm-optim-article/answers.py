"""Recompute every answer of norm-optim-article/problems.tex and write expected.yaml."""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def write_yaml(path, set_name, source, parts):
    """Block-style YAML with flow-style values (JSON scalars/lists are valid YAML)."""
    import json
    lines = [f"set: {set_name}", f"source: {source}", "parts:"]
    for p in parts:
        first = True
        for k, v in p.items():
            val = json.dumps(v) if k != "why" else json.dumps(v)
            lines.append(("  - " if first else "    ") + f"{k}: {val}")
            first = False
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def vec(v, nd=4):
    return [round(float(t), nd) + 0.0 for t in np.asarray(v).ravel()]


# ---- Problem 1: batch norm, biased variance, eps = 0, gamma = 2, beta = 1
x = np.array([1, 3, 5, 7], dtype=float)
gamma, beta = 2.0, 1.0
mu = x.mean()
var = x.var()  # biased
xhat = (x - mu) / np.sqrt(var)
add("1a", "batch norm normalized values", "vector", vec(xhat), tolerance=0.001)
y = gamma * xhat + beta
add("1b", "batch norm output", "vector", vec(y), tolerance=0.001)
dy = np.array([1, 0, 0, -1], dtype=float)
dxhat = dy * gamma
N = len(x)
dx = (1.0 / (N * np.sqrt(var))) * (N * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum())
# check against finite differences
def bn(xx):
    return gamma * (xx - xx.mean()) / np.sqrt(xx.var()) + beta
fd = np.array([(dy @ bn(x + 1e-6 * e) - dy @ bn(x - 1e-6 * e)) / 2e-6 for e in np.eye(N)])
assert np.allclose(fd, dx, atol=1e-5)
add("1c", "batch norm gradient", "vector", vec(dx), tolerance=0.001)
x1 = np.array([3.0])
eps = 1e-5
y1 = gamma * (x1 - x1.mean()) / np.sqrt(x1.var() + eps) + beta
add("1d", "batch norm, batch of one", "real", float(y1[0]), tolerance=0.001)
h = np.array([2, -1, 3, 0], dtype=float)
add("1e", "layer norm output", "vector", vec((h - h.mean()) / np.sqrt(h.var())), tolerance=0.001)
skip("1f", "explain in words")

# ---- Problem 2: dropout, keep probability q = 0.8
a = np.array([2, 0, -1, 4, 3], dtype=float)
q = 0.8
m = np.array([1, 0, 1, 1, 0], dtype=float)
add("2a", "inverted dropout output", "vector", vec(a * m / q), tolerance=0.001)
add("2b", "dropout expectation", "real", float(np.sum(q * a / q)), tolerance=0.001)
add("2c", "classic dropout test-time scaling", "vector", vec(a * q), tolerance=0.001)
# output = a4 * B / q with B ~ Bernoulli(q): var = a4^2 (1-q)/q
add("2d", "inverted dropout variance", "real", round(float(a[3] ** 2 * (1 - q) / q), 4), tolerance=0.001)
skip("2e", "ambiguous: p = 0.25 may be the drop probability (scale 1/0.75) or the keep probability (scale 1/0.25); the text does not say")

# ---- Problem 3: optimizers on L = 0.5 (w1^2 + 4 w2^2)
def grad(w):
    return np.array([w[0], 4 * w[1]])

w0 = np.array([2.0, 1.0])
eta = 0.1
add("3a", "SGD step", "vector", vec(w0 - eta * grad(w0)), tolerance=0.001)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - eta * v
add("3b", "SGD momentum steps", "vector", vec(w), tolerance=0.001)

w, v = w0.copy(), np.zeros(2)
g = grad(w)
v = 0.9 * v + g
w = w - eta * (g + 0.9 * v)
add("3c", "Nesterov step", "vector", vec(w), tolerance=0.001)

b1, b2, eps = 0.9, 0.999, 1e-8
w, mm, vv = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in (1, 2):
    g = grad(w)
    mm = b1 * mm + (1 - b1) * g
    vv = b2 * vv + (1 - b2) * g * g
    mh = mm / (1 - b1 ** t)
    vh = vv / (1 - b2 ** t)
    w = w - eta * mh / (np.sqrt(vh) + eps)
    adam.append(w.copy())
add("3d", "Adam step", "vector", vec(adam[0]), tolerance=0.001)
add("3e", "Adam second step", "vector", vec(adam[1]), tolerance=0.001)

lam = 0.01
add("3f", "SGD with weight decay", "vector", vec(w0 - eta * (grad(w0) + lam * w0)), tolerance=0.0001)
epoch = 25
add("3g", "step learning-rate schedule", "real", 0.1 * 0.5 ** (epoch // 10), tolerance=0.0001)

# ---- Problem 4: least squares / ridge
t = np.array([0, 1, 2, 3], dtype=float)
yv = np.array([1, 2, 2, 4], dtype=float)
X = np.column_stack([np.ones_like(t), t])
w_ols = np.linalg.solve(X.T @ X, X.T @ yv)
add("4a", "least squares", "vector", vec(w_ols), tolerance=0.001)
w_ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ yv)
add("4b", "ridge regression", "vector", vec(w_ridge), tolerance=0.001)
add("4c", "training MSE", "real", round(float(np.mean((X @ w_ols - yv) ** 2)), 4), tolerance=0.001)
skip("4d", "prove")

write_yaml(os.path.join(HERE, "expected.yaml"), "norm-optim-article", "problems.tex", parts)
print(open(os.path.join(HERE, "expected.yaml")).read())
