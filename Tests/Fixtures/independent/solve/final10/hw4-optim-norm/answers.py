"""Compute every answer of hw4-optim-norm and write expected.yaml."""
import numpy as np
import yaml

parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def noncomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def _clean(v, nd):
    v = round(float(v), nd) + 0.0          # also turns -0.0 into 0.0
    return int(v) if v == int(v) else v


def r(a, nd=4):
    a = np.asarray(a, dtype=float)
    if a.ndim == 0:
        return _clean(a, nd)
    return [r(row, nd) for row in a]


def emit(doc, path):
    """Write YAML: one block mapping per part, answers as flow lists."""
    def val(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        if isinstance(v, int):
            return repr(v)
        if isinstance(v, float):
            t = repr(v)
            if "e" in t or "E" in t:                # PyYAML needs 0.000001, not 1e-06
                t = ("%.12f" % v).rstrip("0")
            return t
        return yaml.safe_dump(v, default_style=None, width=10000).strip().removesuffix("...").strip()
    lines = ["set: " + doc["set"], "source: " + doc["source"], "parts:"]
    for p in doc["parts"]:
        first = True
        for k, v in p.items():
            lines.append(("  - " if first else "    ") + k + ": " + val(v))
            first = False
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == doc, "emitter round-trip failed"
    with open(path, "w") as f:
        f.write(text)
    return text


# ---------------- Exercise 4.1 ----------------
def grad(w):
    return np.array([2 * (w[0] - 1), 10 * w[1]])


w0 = np.array([3.0, 1.0])
eta = 0.05
add("4.1a", "SGD step", "vector", r(w0 - eta * grad(w0)), tol=0.0001)

lam = 0.1
add("4.1b", "SGD step with weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0)), tol=0.0001)


def momentum(w, steps, mu, eta, nesterov=False):
    w = w.copy(); v = np.zeros_like(w)
    for _ in range(steps):
        g = grad(w)
        v = mu * v + g
        w = w - eta * ((g + mu * v) if nesterov else v)
    return w


add("4.1c", "SGD momentum two steps", "vector", r(momentum(w0, 2, 0.9, eta)), tol=0.0001)
add("4.1d", "Nesterov momentum two steps", "vector", r(momentum(w0, 2, 0.9, eta, True)), tol=0.0001)


def adam(w, steps, eta=0.1, b1=0.9, b2=0.999, eps=1e-8):
    w = w.copy(); m = np.zeros_like(w); v = np.zeros_like(w)
    for t in range(1, steps + 1):
        g = grad(w)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        mh = m / (1 - b1 ** t); vh = v / (1 - b2 ** t)
        w = w - eta * mh / (np.sqrt(vh) + eps)
    return w


add("4.1e", "Adam two steps", "vector", r(adam(w0, 2)), tol=0.0003)
noncomp("4.1f", "explain (AdamW vs L2 penalty)")
epoch = 75
add("4.1g", "step learning-rate schedule", "real", r(0.1 * 0.5 ** (epoch // 30), 6), tol=1e-6)
emax, emin, T, t = 0.1, 0.001, 100, 25
add("4.1h", "cosine learning-rate schedule", "real",
    r(emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), 6), tol=1e-5)

# ---------------- Exercise 4.2 ----------------
X = np.array([[1, 2, 0], [3, 2, 3], [5, 6, 3], [7, 2, 6]], float)
gamma = np.array([2, 1, 0.5]); beta = np.array([0, -1, 0.5])


def bn_forward(X, gamma, beta, eps=0.0):
    mu = X.mean(0); var = X.var(0)           # biased variance
    xh = (X - mu) / np.sqrt(var + eps)
    return gamma * xh + beta, xh, var


Y, Xh, var = bn_forward(X, gamma, beta)
add("4.2a", "batch norm forward", "vector", r(Y[:, 0]), tol=0.001)
add("4.2b", "batch norm forward", "vector", r(Y[:, 1]), tol=0.001)
row = X[2]
add("4.2c", "layer norm forward", "vector", r((row - row.mean()) / row.std()), tol=0.001)

dy = np.array([1, 0, 0, -1.0])
g1 = gamma[0]; xh = Xh[:, 0]; sd = np.sqrt(var[0])
dx = g1 / sd * (dy - dy.mean() - xh * np.mean(dy * xh))
# finite-difference check
def loss_col(col):
    c = (col - col.mean()) / col.std()
    return np.dot(dy, g1 * c + beta[0])
col = X[:, 0].copy()
fd = np.array([(loss_col(col + e) - loss_col(col - e)) / 2e-6 for e in np.eye(4) * 1e-6])
assert np.allclose(fd, dx, atol=1e-5)
add("4.2d.i", "batch norm backward (input gradient)", "vector", r(dx), tol=0.001)
add("4.2d.ii", "batch norm backward (gamma, beta gradients)", "vector",
    r([np.dot(dy, xh), dy.sum()]), tol=0.001)

x1 = np.array([[4.0, 1.0, 7.0]])
Y1, Xh1, _ = bn_forward(x1, gamma, beta, eps=1e-5)
add("4.2e", "batch norm forward, batch of one", "vector", r(Y1[0]), tol=0.001)
dy1 = np.array([[1.0, 2.0, 3.0]])
sd1 = np.sqrt(np.zeros(3) + 1e-5)
dx1 = gamma / sd1 * (dy1 - dy1.mean(0) - Xh1 * np.mean(dy1 * Xh1, 0))
add("4.2f", "batch norm backward, batch of one", "vector", r(dx1[0]), tol=0.001)

# ---------------- Exercise 4.3 ----------------
xs = np.array([0, 1, 2, 3.0]); ys = np.array([1, 3, 4, 8.0])
A = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(A.T @ A, A.T @ ys)
add("4.3a", "least squares closed form", "vector", r(w_ols), tol=0.001)
w_ridge = np.linalg.solve(A.T @ A + 2 * np.eye(2), A.T @ ys)
add("4.3b", "ridge regression closed form", "vector", r(w_ridge), tol=0.001)
add("4.3c", "training MSE", "real", r(np.mean((A @ w_ols - ys) ** 2)), tol=0.001)
noncomp("4.3d", "prove")
add("4.3e", "least squares prediction", "real", r(w_ols[0] + w_ols[1] * 4), tol=0.001)

# ---------------- Exercise 4.4 ----------------
add("4.4a", "layer norm parameter count", "integer", 2 * 512)
add("4.4b", "batch norm parameter count (true/false)", "boolean", 2 * 64 == 256)

doc = {"set": "hw4-optim-norm", "source": "problems.tex", "parts": parts}
print(emit(doc, "expected.yaml"))
