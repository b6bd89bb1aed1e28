"""Recompute every numeric answer of problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def r4(a):
    a = np.round(np.asarray(a, dtype=float), 4) + 0.0
    return a.tolist() if a.ndim else float(a)


def comp(id_, family, kind, answer, **kw):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def noncomp(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


# Problem 1: MLP forward / backward
W1 = np.array([[1, 2], [-1, 1], [0.5, -0.5]])
b1 = np.array([0.5, 3, -0.5])
W2 = np.array([[1, -1, 2]])
b2 = 0.5
x = np.array([1.0, -1.0]); y = 2.0
z = W1 @ x + b1
h = np.maximum(z, 0)
yhat = float((W2 @ h)[0] + b2)
L = 0.5 * (yhat - y) ** 2
dy = yhat - y
dW2 = dy * h[None, :]
dh = dy * W2[0]
db1 = dh * (z > 0)
comp("1a", "MLP forward (pre-activation)", "vector", r4(z), tolerance=0.0001)
comp("1b", "ReLU activation", "vector", r4(h), tolerance=0.0001)
comp("1c", "MLP forward output", "real", r4(yhat), tolerance=0.0001)
comp("1d", "squared loss", "real", r4(L), tolerance=0.0001)
comp("1e", "MLP backprop weight gradient", "matrix", r4(dW2), tolerance=0.0001)
comp("1f", "MLP backprop bias gradient", "vector", r4(db1), tolerance=0.0001)

# Problem 2: sigmoid unit
sig = lambda u: 1 / (1 + np.exp(-u))
w, xx, b = 2.0, -1.0, 0.5
u = w * xx + b
f = sig(u)
df = f * (1 - f)
comp("2a", "backprop tiny graph (forward)", "real", r4(f), tolerance=0.0001)
comp("2b", "backprop tiny graph (gradient)", "vector", r4([df * xx, df * w, df]), tolerance=0.0001)

# Problem 3: optimizers
grad = lambda v: np.array([v[0], 10 * v[1]])
w0 = np.array([1.0, 1.0]); eta = 0.05
comp("3a", "SGD step", "vector", r4(w0 - eta * grad(w0)), tolerance=0.0001)

wt, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(wt)
    wt = wt - eta * v
comp("3b", "SGD with momentum", "vector", r4(wt), tolerance=0.0001)

wt, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v - eta * grad(wt + 0.9 * v)
    wt = wt + v
comp("3c", "Nesterov momentum", "vector", r4(wt), tolerance=0.0001)

wt, m, s = w0.copy(), np.zeros(2), np.zeros(2)
b1_, b2_, eps = 0.9, 0.999, 1e-8
adam = []
for t in range(1, 3):
    g = grad(wt)
    m = b1_ * m + (1 - b1_) * g
    s = b2_ * s + (1 - b2_) * g * g
    mh = m / (1 - b1_ ** t); sh = s / (1 - b2_ ** t)
    wt = wt - eta * mh / (np.sqrt(sh) + eps)
    adam.append(wt.copy())
comp("3d.i", "Adam step", "vector", r4(adam[0]), tolerance=0.0001)
comp("3d.ii", "Adam step", "vector", r4(adam[1]), tolerance=0.0001)
lam = 0.01
comp("3e", "SGD with weight decay", "vector", r4(w0 - eta * (grad(w0) + lam * w0)), tolerance=0.0001)
epoch = 45
lr = eta * 0.1 ** sum(epoch >= ms for ms in (30, 60))
comp("3f", "learning-rate schedule", "real", r4(lr), tolerance=0.00001)
noncomp("3g", "explain in words")

# Problem 4: least squares and ridge
xs = np.array([0, 1, 2, 3.0]); ys = np.array([1, 2, 2, 4.0])
X = np.column_stack([np.ones(4), xs])
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
rss = np.sum((X @ w_ls - ys) ** 2)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
comp("4a", "least squares closed form", "vector", r4(w_ls), tolerance=0.0001)
comp("4b", "residual sum of squares", "real", r4(rss), tolerance=0.0001)
comp("4c", "ridge closed form", "vector", r4(w_r), tolerance=0.0001)
comp("4d", "ridge prediction", "real", r4(w_r @ [1, 4.0]), tolerance=0.0001)
w_big = np.linalg.solve(X.T @ X + 1e9 * np.eye(2), X.T @ ys)
comp("4e", "ridge limit", "boolean", bool(np.allclose(w_big, 0, atol=1e-6)))
noncomp("4f", "derive a formula")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "optim-regression-ps4", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
