"""Recompute every numeric answer of problems.txt and write expected.yaml."""
import numpy as np
import yaml

parts = []
def add(pid, family, kind, ans, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": ans}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)
def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})
def r(x, n=4):
    return (np.round(np.asarray(x, dtype=float), n) + 0.0).tolist() if np.ndim(x) else round(float(x), n) + 0.0

# Problem 1
X = np.array([[1, 2], [3, 6], [5, 4], [7, 8]], dtype=float)
gamma = np.array([2.0, 1.0]); beta = np.array([0.0, 1.0])
mu = X.mean(0); var = X.var(0)  # biased
add("1a", "batch norm mean", "vector", r(mu), 1e-4)
add("1b", "batch norm variance (biased)", "vector", r(var), 1e-4)
y = gamma * (X - mu) / np.sqrt(var) + beta
add("1c", "batch norm output", "vector", r(y[1]), 1e-3)
running_var = 0.9 * np.ones(2) + 0.1 * X.var(0, ddof=1)
add("1d", "batch norm running variance", "vector", r(running_var), 1e-3)
x1 = np.array([[10.0, -3.0]])
y1 = gamma * (x1 - x1.mean(0)) / np.sqrt(x1.var(0) + 1e-5) + beta
add("1e", "batch norm single example", "vector", r(y1[0]), 1e-4)
add("1f", "batch norm gradient property", "boolean", True)

# Problem 2
x = np.array([1.0, 2.0, 3.0, 6.0])
add("2a", "layer norm output", "vector", r((x - x.mean()) / np.sqrt(x.var())), 1e-3)
add("2b", "layer norm parameter count", "integer", 2 * 512)
nc("2c", "discuss")

# Problem 3
h = np.array([2.0, 0.5, 1.0, 4.0]); p = 0.25; m = np.array([1, 0, 1, 1])
add("3a", "inverted dropout training output", "vector", r(h * m / (1 - p)), 1e-3)
add("3b", "classic dropout test output", "vector", r(h * (1 - p)), 1e-4)
add("3c", "dropout expected dropped units", "real", r(1024 * p), 1e-6)
hv = 2.0
vals = np.array([hv / (1 - p), 0.0]); probs = np.array([1 - p, p])
mean = (vals * probs).sum()
add("3d", "inverted dropout variance", "real", r((probs * (vals - mean) ** 2).sum()), 1e-3)

# Problem 4
z = np.array([2.0, 1.0, -1.0])
sm = np.exp(z) / np.exp(z).sum()
add("4a", "softmax", "vector", r(sm), 1e-3)
add("4b", "cross-entropy loss", "real", r(-np.log(sm[0])), 1e-3)
add("4c", "softmax cross-entropy gradient", "vector", r(sm - np.eye(3)[0]), 1e-3)
yi = 1
add("4d", "multiclass hinge loss", "real", r(sum(max(0.0, z[j] - z[yi] + 1) for j in range(3) if j != yi)), 1e-6)
s = 1 / (1 + np.exp(-1.0))
add("4e", "sigmoid derivative", "real", r(s * (1 - s)), 1e-4)

# Problem 5
xx = np.array([2.0, 1.0])
W1 = np.array([[1, 2], [-1, 0], [0.5, 1]]); b1 = np.array([0, 1, -0.5])
w2 = np.array([1.0, -1.0, 2.0]); b2 = 0.5; t = 1.0
z1 = W1 @ xx + b1; hh = np.maximum(z1, 0); yhat = w2 @ hh + b2; L = 0.5 * (yhat - t) ** 2
add("5a", "MLP pre-activation", "vector", r(z1), 1e-4)
add("5b", "MLP forward loss", "real", r(L), 1e-3)
dy = yhat - t
add("5c", "backprop output weights", "vector", r(dy * hh), 1e-3)
dz1 = dy * w2 * (z1 > 0)
add("5d", "backprop hidden weights", "matrix", r(np.outer(dz1, xx)), 1e-3)

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "norm-dropout-handout", "source": "problems.txt", "parts": parts}, f, sort_keys=False, default_flow_style=None)
