"""Recompute every numeric answer of training_md/problems.md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a, n=4):
    a = np.asarray(a, dtype=float)
    return float(np.round(a, n)) if a.ndim == 0 else np.round(a, n).tolist()


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


# Problem 1
x = np.array([1, 2, 3, 6], float)
add("1a", "layer norm forward", "vector", r((x - x.mean()) / np.sqrt(x.var())), 0.001)
b = np.array([2, 4, 6, 8], float)
add("1b", "batch norm forward", "vector", r((b - b.mean()) / np.sqrt(b.var())), 0.001)
# single example batch: per-feature mean = the value, variance = 0
xs = np.array([[3, -1]], float)
gamma, beta, eps = np.array([2, 2.]), np.array([0.5, 0.5]), 1e-5
mu, var = xs.mean(0), xs.var(0)
xhat = (xs - mu) / np.sqrt(var + eps)
add("1c", "batch norm forward (batch of one)", "vector", r((gamma * xhat + beta)[0]), 0.001)
g = np.array([[1, -2]], float)
N = xs.shape[0]
dxhat = g * gamma
dx = (1.0 / N) / np.sqrt(var + eps) * (N * dxhat - dxhat.sum(0) - xhat * (dxhat * xhat).sum(0))
add("1d", "batch norm gradient (batch of one)", "vector", r(dx[0] + 0.0), 0.001)
nc("1e", "explain LayerNorm vs BatchNorm")

# Problem 2
h = np.array([1.0, 2.0, 0.5, 4.0])
p = 0.2
m = np.array([1, 0, 1, 1], float)
add("2a", "inverted dropout", "vector", r(h * m / (1 - p)), 0.001)
add("2b", "classic dropout test time", "vector", r(h * (1 - p)), 0.001)
z = np.array([-1, 0.5, 2])
add("2c", "ReLU derivative", "vector", (z > 0).astype(int).tolist())
logits = np.array([1, 2, 3], float)
y = np.array([0, 0, 1], float)
pr = softmax(logits)
add("2d", "cross-entropy loss", "real", r(-np.log(pr @ y)), 0.001)
add("2e", "cross-entropy gradient wrt logits", "vector", r(pr - y), 0.001)
add("2f", "hinge loss", "real", r(max(0.0, 1 - (-1) * 0.3)), 0.001)

# Problem 3
x3 = np.array([1, -1], float)
W1 = np.array([[1, 2], [0, -1]], float)
b1 = np.array([0, 1], float)
w2 = np.array([1, -1], float)
b2, t = 0.5, 0.5
z1 = W1 @ x3 + b1
h1 = np.maximum(z1, 0)
yh = w2 @ h1 + b2
L = (yh - t) ** 2
dy = 2 * (yh - t)
dw2 = dy * h1
dz1 = dy * w2 * (z1 > 0)
dW1 = np.outer(dz1, x3)
add("3a", "MLP forward hidden", "vector", r(h1))
add("3b", "MLP forward output", "real", r(yh), 0.001)
add("3c", "MSE loss", "real", r(L), 0.001)
add("3d", "backprop weight gradient", "vector", r(dw2 + 0.0))
add("3e", "backprop weight gradient", "matrix", r(dW1 + 0.0))

# Problem 4
grad = lambda w: 2 * w
w0, lr = 1.0, 0.1
add("4a", "SGD step", "real", r(w0 - lr * grad(w0)), 0.0001)
w, v = w0, 0.0
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - lr * v
add("4b", "SGD momentum steps", "real", r(w), 0.0001)
w, v = w0, 0.0
for _ in range(2):
    v = 0.9 * v - lr * grad(w + 0.9 * v)
    w = w + v
add("4c", "Nesterov momentum steps", "real", r(w), 0.0001)
w, mm, vv = w0, 0.0, 0.0
b1a, b2a, lra, epsa = 0.9, 0.999, 0.01, 1e-8
for tstep in (1, 2):
    gg = grad(w)
    mm = b1a * mm + (1 - b1a) * gg
    vv = b2a * vv + (1 - b2a) * gg * gg
    mh, vh = mm / (1 - b1a ** tstep), vv / (1 - b2a ** tstep)
    w = w - lra * mh / (np.sqrt(vh) + epsa)
add("4d", "Adam steps", "real", r(w), 0.0001)
add("4e", "SGD with weight decay", "real", r(w0 - lr * (grad(w0) + 0.01 * w0)), 0.0001)
nc("4f", "explain AdamW vs L2 penalty")

out = {"set": "training_md", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
