"""Recompute every answer of optnorm-ps4 (problems.tex) with numpy and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v):
    """numpy -> plain Python for YAML."""
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


def add(pid, family, kind, answer, tolerance=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tolerance is not None:
        d["tolerance"] = tolerance
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(v, n=4):
    return np.round(np.asarray(v, float), n)


# ---------------- Problem 1: batch / layer normalization ----------------
x = np.array([1, 3, 4, 8], float)
gamma, beta, eps = 2.0, 0.5, 0.0
mu = x.mean()
var = ((x - mu) ** 2).mean()          # biased
add("1a", "batch norm statistics", "vector", r([mu, var]), tolerance=0.001)
sig = np.sqrt(var + eps)
xh = (x - mu) / sig
y = gamma * xh + beta
add("1b", "batch norm forward", "vector", r(y), tolerance=0.001)
g = np.array([1, -1, 0, 2], float)
dgamma = np.sum(g * xh)
dbeta = np.sum(g)
add("1c", "batch norm gradient (gamma, beta)", "vector", r([dgamma, dbeta]), tolerance=0.001)
dx = gamma / sig * (g - g.mean() - xh * np.mean(g * xh))


def bn_loss(xx):
    m = xx.mean()
    s = np.sqrt(((xx - m) ** 2).mean() + eps)
    return np.sum(g * (gamma * (xx - m) / s + beta))


num = np.array([(bn_loss(x + 1e-6 * e) - bn_loss(x - 1e-6 * e)) / 2e-6 for e in np.eye(4)])
assert np.allclose(num, dx, atol=1e-5)
add("1d", "batch norm gradient (input)", "vector", r(dx), tolerance=0.001)
# batch of a single example: x - mean = 0, so output is beta and the gradient is zero
x1 = np.array([3.0])
xh1 = (x1 - x1.mean()) / np.sqrt(((x1 - x1.mean()) ** 2).mean() + 1e-5)
add("1e.i", "batch norm forward, batch of one", "real", float(gamma * xh1[0] + beta), tolerance=0.001)
g1 = np.array([1.7])
dx1 = gamma / np.sqrt(1e-5) * (g1 - g1.mean() - xh1 * np.mean(g1 * xh1))
add("1e.ii", "batch norm gradient, batch of one", "real", float(abs(dx1[0]) + 0.0), tolerance=0.001)
h = np.array([2, -1, 0, 3], float)
ln = (h - h.mean()) / np.sqrt(((h - h.mean()) ** 2).mean())
add("1f", "layer norm forward", "vector", r(ln), tolerance=0.001)

# ---------------- Problem 2: dropout ----------------
h = np.array([0.5, 2.0, -1.0, 3.0, 1.5])
p = 0.2
m = np.array([1, 0, 1, 1, 0], float)
add("2a", "inverted dropout (train)", "vector", r(h * m / (1 - p)), tolerance=0.001)
add("2b", "classic dropout (test)", "vector", r(h * (1 - p)), tolerance=0.001)
a = 2.0
vals = np.array([0.0, a / (1 - p)])
probs = np.array([p, 1 - p])
mean_ = np.sum(vals * probs)
add("2c", "dropout variance", "real", round(float(np.sum(probs * (vals - mean_) ** 2)), 4),
    tolerance=0.001)
skip("2d", "explain in words")

# ---------------- Problem 3: optimizers ----------------
def grad(w):
    return np.array([2 * w[0], 6 * w[1]])


w0 = np.array([1.0, -2.0])
eta = 0.1
add("3a", "SGD step", "vector", r(w0 - eta * grad(w0)), tolerance=0.001)
mu_ = 0.9
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu_ * v + grad(w)
    w = w - eta * v
add("3b", "momentum (heavy ball) steps", "vector", r(w), tolerance=0.001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu_ * v - eta * grad(w + mu_ * v)
    w = w + v
add("3c", "Nesterov momentum steps", "vector", r(w), tolerance=0.001)
lr, b1, b2, ep = 0.01, 0.9, 0.999, 1e-8
w, mm, vv = w0.copy(), np.zeros(2), np.zeros(2)
for t in (1, 2):
    gt = grad(w)
    mm = b1 * mm + (1 - b1) * gt
    vv = b2 * vv + (1 - b2) * gt ** 2
    w = w - lr * (mm / (1 - b1 ** t)) / (np.sqrt(vv / (1 - b2 ** t)) + ep)
add("3d", "Adam steps", "vector", r(w, 5), tolerance=0.0001)
lam = 0.01
add("3e", "SGD with L2 weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0)), tolerance=0.0005)
emax, emin, T, t = 0.1, 0.001, 100, 25
add("3f", "cosine learning-rate schedule", "real",
    round(emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), 5), tolerance=0.0001)

# ---------------- Problem 4: least squares and ridge ----------------
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 2, 2, 4], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
add("4a", "least squares closed form", "vector", r(w_ols), tolerance=0.001)
add("4b", "training MSE", "real", round(float(np.mean((X @ w_ols - ys) ** 2)), 4), tolerance=0.001)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("4c", "ridge closed form", "vector", r(w_r), tolerance=0.001)
w_r2 = np.linalg.solve(X.T @ X + 1.0 * np.diag([0, 1]), X.T @ ys)
add("4d", "ridge closed form, unpenalized intercept", "vector", r(w_r2), tolerance=0.001)
skip("4e", "derive/prove")

class Dumper(yaml.SafeDumper):
    pass


# mappings in block style, lists (vectors, shapes, matrix rows) in flow style
Dumper.add_representer(list, lambda d, v: d.represent_sequence(
    "tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(x, dict) for x in v)))

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump({"set": "optnorm-ps4", "source": "problems.tex", "parts": parts}, f,
              Dumper=Dumper, sort_keys=False, default_flow_style=False, width=1000)
print(f"wrote {len(parts)} parts "
      f"({sum(p['computable'] for p in parts)} computable)")
