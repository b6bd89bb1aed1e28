"""Compute the expected answers for c-md-optim-attention and write expected.yaml."""
import numpy as np
import yaml
from pathlib import Path

parts = []


def add(pid, family, kind, answer, tol=None):
    if isinstance(answer, np.ndarray):
        answer = (np.round(answer, 4) + 0.0).tolist()
    entry = {"id": pid, "computable": True, "family": family,
             "answer_kind": kind, "answer": answer}
    if tol is not None:
        entry["tolerance"] = tol
    parts.append(entry)


def no(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# Problem 1: optimizers on f(w) = 0.5 (w1^2 + 4 w2^2)
grad = lambda w: np.array([w[0], 4 * w[1]])
w0 = np.array([2.0, 1.0])
lr = 0.1
add("1a", "SGD step", "vector", w0 - lr * grad(w0), tol=1e-4)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - lr * v
add("1b", "momentum steps", "vector", w, tol=1e-4)
g = grad(w0)
v = 0.9 * 0 + g
add("1c", "Nesterov step (PyTorch)", "vector", w0 - lr * (g + 0.9 * v), tol=1e-4)
b1, b2, eps = 0.9, 0.999, 1e-8
m = (1 - b1) * g
s = (1 - b2) * g ** 2
mh, sh = m / (1 - b1), s / (1 - b2)
add("1d", "Adam step", "vector", w0 - lr * mh / (np.sqrt(sh) + eps), tol=1e-4)
add("1e", "SGD with weight decay", "vector", w0 - lr * (g + 0.01 * w0), tol=1e-4)
t, T = 25, 100
eta = 0 + 0.5 * (0.1 - 0) * (1 + np.cos(np.pi * t / T))
add("1f", "cosine learning-rate schedule", "real", round(float(eta), 6), tol=1e-4)
no("1g", "explain in words")

# Problem 2: least squares / ridge
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 2, 2, 4], float)
X = np.column_stack([np.ones_like(xs), xs])
wls = np.linalg.solve(X.T @ X, X.T @ ys)
add("2a", "least squares closed form", "vector", wls, tol=1e-3)
wr = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("2b", "ridge closed form", "vector", wr, tol=1e-3)
add("2c", "training MSE", "real", round(float(np.mean((X @ wls - ys) ** 2)), 6), tol=1e-4)
add("2d", "least squares prediction", "real", round(float(wls @ [1, 5]), 6), tol=1e-4)

# Problem 3: attention
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [1, -1], [0, 2]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T
add("3a", "attention raw scores", "matrix", S)
A = np.exp(S / np.sqrt(2))
A /= A.sum(1, keepdims=True)
add("3b", "attention weights", "matrix", A, tol=1e-3)
add("3c", "attention output", "matrix", A @ V, tol=1e-3)
E = 512
mha = 3 * E * E + 3 * E + E * E + E
add("3d", "multi-head attention parameter count", "integer", mha)
E16 = 3 * E * E + 3 * E + E * E + E  # heads split E; count independent of head number
add("3e", "multi-head attention parameters vs heads (true/false)", "boolean", E16 != mha)

# Problem 4: LSTM / GRU / embedding
def rnn_params(gates, inp, hid, layers):
    total = 0
    for layer in range(layers):
        i = inp if layer == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)
    return total
add("4a", "LSTM parameter count", "integer", rnn_params(4, 128, 256, 2))
add("4b", "GRU parameter count", "integer", rnn_params(3, 128, 256, 2))
add("4c", "embedding parameter count", "integer", 30000 * 256)

Path(__file__).with_name("expected.yaml").write_text(yaml.safe_dump(
    {"set": "c-md-optim-attention", "source": "problems.md", "parts": parts},
    sort_keys=False, default_flow_style=None))
