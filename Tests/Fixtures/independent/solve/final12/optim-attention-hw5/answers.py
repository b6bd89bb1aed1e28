"""Recompute every computable answer of optim-attention-hw5 and write expected.yaml."""
import math
import numpy as np
import yaml


def r(v, nd=4):
    a = np.asarray(v, float)
    if a.ndim == 0:
        f = float(a)
        return int(round(f)) if abs(f - round(f)) < 1e-12 else round(f, nd)
    return [r(e, nd) for e in a]


def softmax_rows(S):
    S = np.asarray(S, float)
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


parts = []
def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)

def noc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

T = 0.001
# ---------------- Problem 1: tiny MLP ----------------
W1 = np.array([[1, -1], [2, 0], [0, 1]], float)
b1 = np.array([0, 1, -1], float)
w2 = np.array([1, -2, 1], float)
b2 = 0.5
x = np.array([1, 2], float)
y = 2.0

def forward(W1, b1, w2, b2):
    z1 = W1 @ x + b1
    h = np.maximum(z1, 0)
    yhat = w2 @ h + b2
    return z1, h, yhat, 0.5 * (yhat - y) ** 2

z1, h, yhat, L = forward(W1, b1, w2, b2)
add("1a", "MLP forward pass (pre-activation)", "vector", r(z1), tolerance=T)
add("1b", "MLP forward pass (ReLU)", "vector", r(h), tolerance=T)
add("1c", "MLP forward pass (output)", "real", r(yhat), tolerance=T)
add("1d", "squared-error loss", "real", r(L), tolerance=T)
dyhat = yhat - y
dw2 = dyhat * h
db1 = (dyhat * w2) * (z1 > 0)
# finite-difference checks (no unit sits at the ReLU kink)
eps = 1e-6
for i in range(3):
    e = np.zeros(3); e[i] = eps
    assert abs((forward(W1, b1, w2 + e, b2)[3] - forward(W1, b1, w2 - e, b2)[3]) / (2 * eps) - dw2[i]) < 1e-5
    assert abs((forward(W1, b1 + e, w2, b2)[3] - forward(W1, b1 - e, w2, b2)[3]) / (2 * eps) - db1[i]) < 1e-5
add("1e", "backprop (output weights)", "vector", r(dw2), tolerance=T)
add("1f", "backprop (hidden bias)", "vector", r(db1), tolerance=T)

# ---------------- Problem 2: graph ----------------
def f(x, y, z):
    return (x * y + z) * max(y, z)

xv, yv, zv = 2.0, -1.0, 3.0
q = xv * yv + zv
m = max(yv, zv)
dfdx = m * yv
dfdy = m * xv + q * (1.0 if yv > zv else 0.0)
dfdz = m * 1.0 + q * (1.0 if zv > yv else 0.0)
grad = np.array([dfdx, dfdy, dfdz])
num = np.array([(f(xv + eps, yv, zv) - f(xv - eps, yv, zv)) / (2 * eps),
                (f(xv, yv + eps, zv) - f(xv, yv - eps, zv)) / (2 * eps),
                (f(xv, yv, zv + eps) - f(xv, yv, zv - eps)) / (2 * eps)])
assert np.allclose(grad, num, atol=1e-5)
add("2a", "computational graph forward", "real", r(f(xv, yv, zv)), tolerance=T)
add("2b", "backprop through a graph", "vector", r(grad), tolerance=T)

# ---------------- Problem 3: optimizers ----------------
A = np.array([1.0, 10.0])
gradf = lambda w: A * w
w0 = np.array([1.0, 1.0])

def sgd(w, lr, steps, momentum=0.0, nesterov=False, weight_decay=0.0):
    w = w.copy(); buf = None
    for _ in range(steps):
        g = gradf(w) + weight_decay * w
        if momentum:
            buf = g.copy() if buf is None else momentum * buf + g
            g = g + momentum * buf if nesterov else buf
        w = w - lr * g
    return w

def adam(w, lr, steps, b1=0.9, b2=0.999, eps=1e-8):
    w = w.copy(); m = np.zeros_like(w); v = np.zeros_like(w)
    for t in range(1, steps + 1):
        g = gradf(w)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        mh = m / (1 - b1 ** t); vh = v / (1 - b2 ** t)
        w = w - lr * mh / (np.sqrt(vh) + eps)
    return w

add("3a", "SGD step", "vector", r(sgd(w0, 0.05, 1)), tolerance=T)
add("3b", "SGD with momentum", "vector", r(sgd(w0, 0.05, 2, momentum=0.9)), tolerance=T)
add("3c", "Nesterov momentum", "vector", r(sgd(w0, 0.05, 2, momentum=0.9, nesterov=True)), tolerance=T)
add("3d", "Adam", "vector", r(adam(w0, 0.1, 2)), tolerance=T)
add("3e", "SGD with weight decay", "vector", r(sgd(w0, 0.05, 1, weight_decay=0.01)), tolerance=0.0001)
add("3f", "step learning-rate schedule", "real", r(0.1 * 0.5 ** (25 // 10)), tolerance=0.0001)
eta_max, eta_min, Tmax, t = 0.1, 0.001, 100, 25
add("3g", "cosine learning-rate schedule", "real",
    r(eta_min + 0.5 * (eta_max - eta_min) * (1 + math.cos(math.pi * t / Tmax)), 5), tolerance=0.0001)

# ---------------- Problem 4: least squares / ridge ----------------
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.stack([np.ones_like(xs), xs], axis=1)
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
assert np.allclose(w_ols, np.linalg.lstsq(X, ys, rcond=None)[0])
add("4a", "least squares closed form", "vector", r(w_ols), tolerance=T)
w_ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("4b", "ridge regression closed form", "vector", r(w_ridge), tolerance=T)
noc("4c", "explain / prove")

# ---------------- Problem 5: attention ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 0], [0, 1], [1, 1]], float)
V = np.array([[1, 2], [3, 0], [0, 1]], float)
S = Q @ K.T / np.sqrt(2)
Aw = softmax_rows(S)
add("5a", "attention scores", "matrix", r(S), tolerance=T)
add("5b", "attention weights", "matrix", r(Aw), tolerance=T)
add("5c", "attention output", "matrix", r(Aw @ V), tolerance=T)
row = Aw[1]
smallest = np.flatnonzero(np.isclose(row, row.min()))
letter = {(0,): "A", (1,): "B", (2,): "C", (1, 2): "D"}[tuple(smallest)]
add("5d", "attention weights (multiple choice)", "choice", letter)

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": "optim-attention-hw5", "source": "problems.md", "parts": parts},
                   fh, sort_keys=False, default_flow_style=None)
print(open("expected.yaml").read())
