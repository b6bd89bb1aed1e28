"""Recompute every answer of Homework 3 and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    d["answer"] = answer
    if tol is not None:
        d["tolerance"] = tol
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(v, n=4):
    return np.round(np.asarray(v, dtype=float), n) + 0.0


# ---- Problem 1: batch / layer norm
x = np.array([2.0, 4.0, 6.0, 8.0])
gamma, beta, eps = 2.0, 1.0, 0.0
mu = x.mean(); var = x.var()  # biased
xh = (x - mu) / np.sqrt(var + eps)
y = gamma * xh + beta
g = np.array([1.0, 0.0, 0.0, -1.0])
dgamma = (g * xh).sum(); dbeta = g.sum()
dx = gamma / np.sqrt(var + eps) * (g - g.mean() - xh * (g * xh).mean())
# check dx numerically
def loss(xv):
    m = xv.mean(); v = xv.var()
    return (g * (gamma * (xv - m) / np.sqrt(v) + beta)).sum()
num = np.array([(loss(x + 1e-6 * e) - loss(x - 1e-6 * e)) / 2e-6 for e in np.eye(4)])
assert np.allclose(num, dx, atol=1e-5)
add("1a", "batch norm statistics", "vector", r([mu, var]), 1e-3)
add("1b", "batch norm forward", "vector", r(y), 1e-3)
add("1c", "batch norm parameter gradients", "vector", r([dgamma, dbeta]), 1e-3)
add("1d", "batch norm input gradient", "vector", r(dx), 1e-3)
x1 = np.array([3.0]); eps1 = 1e-5
xh1 = (x1 - x1.mean()) / np.sqrt(x1.var() + eps1)
add("1e", "batch norm batch of one", "real", float(r(gamma * xh1 + beta)[0]), 1e-3)
g1 = np.array([4.0])
dx1 = gamma / np.sqrt(x1.var() + eps1) * (g1 - g1.mean() - xh1 * (g1 * xh1).mean())
add("1f", "batch norm gradient batch of one", "real", float(r(dx1)[0]), 1e-3)
v = np.array([1.0, 2.0, 3.0, 6.0])
add("1g", "layer norm forward", "vector", r((v - v.mean()) / np.sqrt(v.var())), 1e-3)
nc("1h", "explain in words")

# ---- Problem 2: dropout
h = np.array([2.0, 0.0, 5.0, 1.0])
m = np.array([1.0, 0.0, 1.0, 1.0])
keep = 1 - 0.2
add("2a", "inverted dropout", "vector", r(h * m / keep), 1e-3)
q = 0.8
add("2b", "classic dropout test-time scaling", "vector", r(q * h), 1e-3)
add("2c", "dropout expectation", "real", float(r(keep * (h[2] / keep) + (1 - keep) * 0)), 1e-3)
nc("2d", "explain in words")

# ---- Problem 3: optimizers
grad = lambda w: np.array([w[0], 4 * w[1]])
w0 = np.array([2.0, 1.0]); eta = 0.1
add("3a", "SGD step", "vector", r(w0 - eta * grad(w0)), 1e-3)
w = w0.copy(); vv = np.zeros(2)
for _ in range(2):
    vv = 0.9 * vv + grad(w); w = w - eta * vv
add("3b", "SGD momentum steps", "vector", r(w), 1e-3)
w = w0.copy(); vv = np.zeros(2)
for _ in range(2):
    vv = 0.9 * vv - eta * grad(w + 0.9 * vv); w = w + vv
add("3c", "Nesterov momentum steps", "vector", r(w), 1e-3)
lr, b1, b2, e = 0.01, 0.9, 0.999, 1e-8
gg = grad(w0)
mm = (1 - b1) * gg; ss = (1 - b2) * gg ** 2
mh = mm / (1 - b1); sh = ss / (1 - b2)
add("3d", "Adam step", "vector", r(w0 - lr * mh / (np.sqrt(sh) + e)), 1e-4)
lam = 0.01
add("3e", "SGD with weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0)), 1e-4)
nc("3f", "explain in words")
add("3g", "step learning-rate schedule", "real", float(r(0.1 * 0.5 ** (25 // 10))), 1e-4)
t, T = 25, 100
add("3h", "cosine learning-rate schedule", "real",
    float(r(0 + 0.5 * (0.1 - 0) * (1 + np.cos(np.pi * t / T)))), 1e-4)

# ---- Problem 4: recurrent parameter counts (PyTorch: two bias vectors per gate block)
def rnn_params(gates, inp, hid, layers):
    tot = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        tot += gates * (hid * i + hid * hid + 2 * hid)
    return tot

add("4a", "LSTM parameter count", "integer", rnn_params(4, 128, 256, 2))
add("4b", "GRU parameter count", "integer", rnn_params(3, 64, 32, 1))

out = {"set": "hw3_norm_opt", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None)
