"""Recompute every numeric answer of quiz-normopt-exam and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(v):
    if isinstance(v, np.ndarray):
        return clean(v.tolist())
    if isinstance(v, (list, tuple)):
        return [clean(u) for u in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        return int(round(f)) if abs(f - round(f)) < 1e-12 else round(f, 6)
    return v


parts = []
def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family,
         "answer_kind": kind, "answer": clean(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def pick(value, options, tol=1e-3):
    hits = [chr(65 + i) for i, o in enumerate(options) if abs(o - value) < tol]
    assert len(hits) == 1, hits
    return hits[0]


# ---------------- Question 1: batch norm (biased variance, eps = 0)
x = np.array([1, 3, 4, 8], dtype=float)
gamma, beta = 2.0, 1.0
dy = np.array([1, 0, -1, 2], dtype=float)


def bn(x, gamma, beta, eps=0.0):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


mu = x.mean()
var = ((x - mu) ** 2).mean()
xhat = (x - mu) / np.sqrt(var)
y = bn(x, gamma, beta)
dgamma = np.sum(dy * xhat)
N = len(x)
dx = gamma / np.sqrt(var) * (dy - dy.mean() - xhat * np.mean(dy * xhat))
# finite-difference check of dx
h = 1e-6
fd = np.array([(np.dot(dy, bn(x + h * e, gamma, beta)) - np.dot(dy, bn(x - h * e, gamma, beta))) / (2 * h)
               for e in np.eye(N)])
assert np.allclose(fd, dx, atol=1e-5)
add("1a", "batch norm mean", "real", mu, tol=1e-4)
add("1b", "batch norm variance (biased)", "real", var, tol=1e-4)
add("1c", "batch norm output", "vector", np.round(y, 4), tol=1e-3)
add("1d.i", "batch norm gradient gamma", "real", round(dgamma, 4), tol=1e-3)
add("1d.ii", "batch norm input gradient", "vector", np.round(dx, 4), tol=1e-3)
add("1e", "batch norm single example", "real", bn(np.array([5.0]), gamma, beta, eps=1e-5)[0], tol=1e-6)

# ---------------- Question 2: layer norm
hv = np.array([2, -1, 0, 3], dtype=float)
ln = (hv - hv.mean()) / np.sqrt(((hv - hv.mean()) ** 2).mean())
add("2a", "layer norm output", "vector", np.round(ln, 4), tol=1e-3)
add("2b", "layer norm batch dependence (true/false)", "boolean", False)
# statistics per (example, channel) over H x W -> instance norm (option C)
reduce_axes = {"A": (0, 2, 3), "B": (1, 2, 3), "C": (2, 3), "D": (1, 2, 3)}
add("2c", "normalization type", "choice", [k for k, v in reduce_axes.items() if v == (2, 3)][0])
add("2d", "layer norm parameter count", "integer", 2 * 512)

# ---------------- Question 3: dropout
a = np.array([2.0, 0.5, -1.0, 4.0])
m = np.array([1, 0, 1, 1])
p = 0.25
add("3a", "inverted dropout forward", "vector", np.round(a * m / (1 - p), 4), tol=1e-3)
add("3b", "classic dropout test-time scaling", "vector", a * (1 - p), tol=1e-6)
ev = (1 - p) * a[3] / (1 - p) + p * 0.0
add("3c", "dropout expectation", "choice", pick(ev, [3.0, 4.0, 5.333, 0.75]))
nc("3d", "explain in words")

# ---------------- Question 4: optimizers on f = w1^2 + 3 w2^2
def grad(w):
    return np.array([2 * w[0], 6 * w[1]])


w0 = np.array([1.0, -2.0])
eta = 0.1
add("4a", "SGD step", "vector", w0 - eta * grad(w0), tol=1e-6)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("4b", "momentum steps", "vector", np.round(w, 6), tol=1e-6)
v = np.array([0.5, -1.0])
v = 0.9 * v - eta * grad(w0 + 0.9 * v)
add("4c", "Nesterov step", "vector", np.round(w0 + v, 6), tol=1e-6)
g = grad(w0)
b1, b2, eps = 0.9, 0.999, 1e-8
mm = (1 - b1) * g
vv = (1 - b2) * g ** 2
mhat, vhat = mm / (1 - b1), vv / (1 - b2)
add("4d", "Adam step", "vector", np.round(w0 - eta * mhat / (np.sqrt(vhat) + eps), 6), tol=1e-5)
add("4e", "SGD with weight decay", "vector", np.round(w0 - eta * (grad(w0) + 0.01 * w0), 6), tol=1e-6)

# ---------------- Question 5: least squares / ridge
X = np.array([[1, 0], [1, 1], [1, 2], [1, 3]], dtype=float)
yv = np.array([1, 2, 2, 4], dtype=float)
w_ols = np.linalg.solve(X.T @ X, X.T @ yv)
w_ridge = np.linalg.solve(X.T @ X + 2 * np.eye(2), X.T @ yv)
add("5a", "least squares closed form", "vector", np.round(w_ols, 4), tol=1e-3)
add("5b", "ridge closed form", "vector", np.round(w_ridge, 4), tol=1e-3)
nc("5c", "derive a formula and prove invertibility")
class _D(yaml.SafeDumper):
    pass


_D.add_representer(list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(u, dict) for u in v)))

out = {"set": "quiz-normopt-exam", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=_D, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
