"""Recompute every numeric answer of problems.tex and write expected.yaml."""
import math
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

# Exercise 5.1 (PyTorch: RNN layers have b_ih and b_hh per gate)
def rnn_params(inp, hid, gates, layers=1):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)
    return total
add("5.1a", "embedding parameter count", "integer", 10000 * 256)
add("5.1b", "LSTM parameter count", "integer", rnn_params(256, 512, 4))
add("5.1c", "LSTM parameter count", "integer", rnn_params(256, 512, 4, 2))
add("5.1d", "GRU parameter count", "integer", rnn_params(256, 512, 3))
E = 512
add("5.1e", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)
add("5.1f", "linear parameter count", "integer", 512 * 10000 + 10000)

# Exercise 5.2
Q = np.array([[1, 0], [0, 1]], float); K = np.array([[1, 1], [2, 0], [0, 2]], float)
V = np.array([[1, 0], [0, 1], [1, 1]], float)
S = Q @ K.T / math.sqrt(2)
A = np.exp(S) / np.exp(S).sum(1, keepdims=True)
add("5.2a", "attention scores", "matrix", r(S), 1e-3)
add("5.2b", "attention weights", "matrix", r(A), 1e-3)
add("5.2c", "attention output", "matrix", r(A @ V), 1e-3)

# Exercise 5.3
t = np.array([0, 1, 2], float); y = np.array([1, 2, 4], float)
X = np.stack([np.ones(3), t], 1)
w_ols = np.linalg.solve(X.T @ X, X.T @ y)
add("5.3a", "least squares closed form", "vector", r(w_ols), 1e-3)
add("5.3b", "ridge closed form", "vector", r(np.linalg.solve(X.T @ X + np.eye(2), X.T @ y)), 1e-3)
add("5.3c", "least squares residual", "real", r(np.sum((X @ w_ols - y) ** 2)), 1e-3)
g0 = (2 / 3) * X.T @ (X @ np.zeros(2) - y)
add("5.3d.i", "MSE gradient", "vector", r(g0), 1e-3)
add("5.3d.ii", "gradient descent step", "vector", r(-0.1 * g0), 1e-3)

# Exercise 5.4
peak = 3e-4
def lr(step):
    if step <= 1000:
        return peak * step / 1000
    return 0.5 * peak * (1 + math.cos(math.pi * (step - 1000) / 10000))
add("5.4a", "linear warmup", "real", lr(250), 5e-8)
add("5.4b", "cosine schedule", "real", lr(6000), 5e-8)
add("5.4c", "cosine schedule", "real", float(f"{lr(8500):.4g}"), 5e-8)
w, v, mu, eta = 1.0, 0.0, 0.9, 0.1
for _ in range(2):
    g = 2 * w
    v = mu * v + g
    w = w - eta * (g + mu * v)
add("5.4d", "Nesterov steps (PyTorch form)", "real", r(w), 1e-4)

# Exercise 5.5 -- batch norm backward, checked by finite differences
x = np.array([1.0, 3.0]); dy = np.array([1.0, 0.0])
def bn(x, gamma=1.0, beta=0.0):
    return gamma * (x - x.mean()) / np.sqrt(x.var()) + beta
xh = bn(x)
N = len(x)
dx = (dy - dy.mean() - xh * (dy * xh).mean()) / np.sqrt(x.var())
h = 1e-6
fd = np.array([(dy @ bn(x + h * e) - dy @ bn(x - h * e)) / (2 * h) for e in np.eye(N)])
assert np.allclose(dx, fd, atol=1e-6)
add("5.5a", "batch norm input gradient", "vector", r(dx), 1e-4)
add("5.5b", "batch norm gamma gradient", "real", r(dy @ xh), 1e-4)
add("5.5c", "batch norm beta gradient", "real", r(dy.sum()), 1e-4)
nc("5.5d", "explain in words")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "seq-attn-hw5", "source": "problems.tex", "parts": parts}, f, sort_keys=False, default_flow_style=None)
