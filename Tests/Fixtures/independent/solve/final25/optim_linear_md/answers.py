"""Recompute every computable answer of optim_linear_md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


class Dumper(yaml.SafeDumper):
    """Block style for the part records, flow style for answer lists (rows of matrices inline)."""


def _repr_list(dumper, data):
    flat = all(not isinstance(e, (list, dict)) for e in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flat)


Dumper.add_representer(list, _repr_list)


def clean(v, nd=4):
    """Turn numpy values into plain Python numbers / lists, rounded to nd decimals."""
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, (bool, np.bool_)):
            return bool(x)
        x = round(float(x), nd) + 0.0
        if x.is_integer():
            return int(x)
        return x
    return [clean(e, nd) for e in a]



parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Problem 1 ----------------
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
add("1a", "least squares closed form", "vector", clean(w_ls), tol=0.001)
lam = 2.0
w_r = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ ys)
add("1b", "ridge regression closed form", "vector", clean(w_r), tol=0.001)
add("1c", "training MSE of least-squares fit", "real", clean(np.mean((X @ w_ls - ys) ** 2)), tol=0.001)
add("1d", "ridge prediction", "real", clean(w_r @ np.array([1.0, 5.0])), tol=0.001)
non("1e", "explain in words (why not penalize the intercept)")

# ---------------- Problem 2 ----------------
def grad(w):
    return np.array([2 * w[0], 8 * w[1]])


w0 = np.array([2.0, 1.0])
eta = 0.1
w1 = w0 - eta * grad(w0)
add("2a", "SGD step", "vector", clean(w1), tol=0.001)
w2 = w1 - eta * grad(w1)
add("2b", "SGD second step", "vector", clean(w2), tol=0.001)

mu = 0.9
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
add("2c", "momentum (heavy ball), two steps", "vector", clean(w), tol=0.001)

w, v = w0.copy(), np.zeros(2)
g = grad(w)
v = mu * v + g
w = w - eta * (g + mu * v)
add("2d", "Nesterov momentum (PyTorch form), one step", "vector", clean(w), tol=0.001)


def adam(w, steps, lr=0.01, b1=0.9, b2=0.999, eps=1e-8, wd=0.0):
    m = np.zeros_like(w)
    s = np.zeros_like(w)
    for t in range(1, steps + 1):
        g = grad(w)
        m = b1 * m + (1 - b1) * g
        s = b2 * s + (1 - b2) * g * g
        mh = m / (1 - b1 ** t)
        sh = s / (1 - b2 ** t)
        w = w - lr * wd * w - lr * mh / (np.sqrt(sh) + eps)
    return w


add("2e.i", "Adam step", "vector", clean(adam(w0, 1), 6), tol=0.0001)
add("2e.ii", "Adam two steps", "vector", clean(adam(w0, 2), 6), tol=0.0001)
lam_wd = 0.01
add("2f", "SGD with L2 weight decay", "vector", clean(w0 - eta * (grad(w0) + lam_wd * w0)), tol=0.0001)
add("2g", "AdamW (decoupled weight decay) step", "vector", clean(adam(w0, 1, wd=0.1), 6), tol=0.0001)
hess_max = max(2.0, 8.0)            # eigenvalues of the Hessian diag(2, 8)
thr = 2.0 / hess_max
opts = {"A": 0.1, "B": 0.25, "C": 0.5, "D": 1.0}
add("2h", "multiple choice: GD stability threshold", "choice",
    [k for k, val in opts.items() if np.isclose(val, thr)][0])

# ---------------- Problem 3 ----------------
eta0 = 0.1
epoch = 65
lr_step = eta0 * 0.1 ** sum(epoch >= m for m in (30, 60, 90))
add("3a", "multi-step learning-rate schedule", "real", clean(lr_step, 6), tol=1e-6)
T, t = 100, 25
add("3b", "cosine annealing learning rate", "real", clean(0.5 * eta0 * (1 + np.cos(np.pi * t / T)), 6), tol=1e-4)
non("3c", "ambiguous: the warmup's starting value (0 or a fraction of the base rate) and whether "
    "epoch 2 counts from 0 or 1 are not fixed, so several learning rates are possible")

# ---------------- Problem 4 ----------------
s = np.array([2.0, -0.5, 0.3])
yl = np.array([1, 1, -1], float)
add("4a", "mean hinge loss", "real", clean(np.mean(np.maximum(0, 1 - yl * s))), tol=0.001)
add("4b", "mean logistic loss", "real", clean(np.mean(np.log1p(np.exp(-yl * s)))), tol=0.001)
add("4c", "mean squared error", "real", clean(np.mean((s - yl) ** 2)), tol=0.001)
add("4d", "sigmoid", "real", clean(1 / (1 + np.exp(-s[0]))), tol=0.001)
add("4e", "true/false misclassification", "boolean", bool(np.sign(s[2]) != yl[2]))

out = {"set": "optim_linear_md", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
