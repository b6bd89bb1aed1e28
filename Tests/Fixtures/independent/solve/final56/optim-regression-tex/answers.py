"""Recompute every computable answer of optim-regression-tex and write expected.yaml."""
import numpy as np
import yaml

parts = []


def L(a, nd=6):
    return (np.round(np.asarray(a, float), nd) + 0.0).tolist()


def add(id_, family, kind, answer, **kw):
    e = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


# Problem 1: tiny graph a = x*y, b = a + z, c = relu(b), L = c^2
def graph(x, y, z):
    a = x * y; b = a + z; c = max(b, 0.0); Lv = c ** 2
    dc = 2 * c
    db = dc * (1.0 if b > 0 else 0.0)
    da, dz = db, db
    return Lv, [da * y, da * x, dz]

Lv, g = graph(3.0, -1.0, 5.0)
add("1a", "backprop forward value", "real", Lv, tolerance=0.0001)
add("1b", "backprop gradient", "vector", L(g), tolerance=0.0001)
add("1c", "backprop gradient", "vector", L(graph(3.0, -1.0, 1.0)[1]), tolerance=0.0001)
w = np.array([0.5, -1.0]); b = 0.1; xv = np.array([2.0, 1.0]); t = 1.0
p = 1 / (1 + np.exp(-(w @ xv + b)))
add("1d", "sigmoid BCE gradient", "vector", L((p - t) * xv), tolerance=0.0001)
nc("1e", "derive a general formula")

# Problem 2: f(w) = 0.5 (w1^2 + 10 w2^2)
grad = lambda w: np.array([1.0, 10.0]) * w
w0 = np.array([1.0, 1.0]); eta = 0.1; mu = 0.9
add("2a", "SGD step", "vector", L(w0 - eta * grad(w0)), tolerance=0.0001)
wt, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(wt); wt = wt - eta * v
add("2b", "SGD momentum steps", "vector", L(wt), tolerance=0.0001)
gt = grad(w0); v = mu * np.zeros(2) + gt
add("2c", "Nesterov step", "vector", L(w0 - eta * (gt + mu * v)), tolerance=0.0001)
lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
wt, m, s = w0.copy(), np.zeros(2), np.zeros(2)
for k in range(1, 3):
    gk = grad(wt)
    m = b1 * m + (1 - b1) * gk; s = b2 * s + (1 - b2) * gk ** 2
    mh = m / (1 - b1 ** k); sh = s / (1 - b2 ** k)
    wt = wt - lr * mh / (np.sqrt(sh) + eps)
add("2d", "Adam steps", "vector", L(wt), tolerance=0.0001)
lam = 0.01
add("2e", "SGD weight decay step", "vector", L(w0 - eta * (grad(w0) + lam * w0)), tolerance=0.0001)
add("2f", "step learning-rate schedule", "real", round(0.1 * 0.5 ** (25 // 10), 8), tolerance=1e-6)
T, tt = 100, 25
add("2g", "cosine learning-rate schedule", "real",
    round(float(0 + 0.5 * (0.1 - 0) * (1 + np.cos(np.pi * tt / T))), 6), tolerance=0.0001)
nc("2h", "ambiguous: the warm-up's starting value and whether epoch 2 is the second or third epoch are not stated")

# Problem 3: least squares / ridge
xs = np.array([0, 1, 2, 3.]); ys = np.array([1, 2, 2, 4.])
X = np.stack([np.ones_like(xs), xs], axis=1)
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
add("3a", "least squares closed form", "vector", L(w_ls), tolerance=0.0001)
add("3b", "residual sum of squares", "real", round(float(np.sum((ys - X @ w_ls) ** 2)), 6), tolerance=0.0001)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("3c", "ridge closed form", "vector", L(w_r), tolerance=0.0001)
add("3d", "least squares prediction", "real", round(float(np.array([1, 4.]) @ w_ls), 6), tolerance=0.0001)
# training error as a function of lambda: check it is nondecreasing on a grid
errs = [np.sum((ys - X @ np.linalg.solve(X.T @ X + l * np.eye(2), X.T @ ys)) ** 2) for l in np.linspace(0, 50, 501)]
add("3e", "ridge training error monotonicity", "boolean", bool(np.all(np.diff(errs) >= -1e-12)))
nc("3f", "prove")

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": "optim-regression-tex", "source": "problems.tex", "parts": parts},
                   fh, sort_keys=False, default_flow_style=None)
