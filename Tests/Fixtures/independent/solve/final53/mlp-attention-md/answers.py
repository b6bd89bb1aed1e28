"""Recompute every answer of mlp-attention-md and write expected.yaml."""
import numpy as np
import yaml, os

def R(v, nd=6):
    a = np.asarray(v, float)
    if a.ndim == 0:
        return round(float(a), nd)
    return [R(r, nd) for r in a]

parts = []
def add(pid, family, kind, ans, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": ans}
    if tol is not None: d["tolerance"] = tol
    parts.append(d)
def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

sig = lambda z: 1 / (1 + np.exp(-np.asarray(z, float)))
def softmax(z, axis=-1):
    z = np.asarray(z, float); e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)

# Problem 1
add("1a", "sigmoid", "vector", R(sig([-2, 0, 1.5])), tol=1e-4)
add("1b", "tanh derivative", "real", R(1 - np.tanh(1.0) ** 2), tol=1e-4)
add("1c", "sigmoid derivative", "real", R(sig(2.0) * (1 - sig(2.0))), tol=1e-4)
sm = softmax([2, 1, 0.1])
add("1d", "softmax", "vector", R(sm), tol=1e-4)
add("1e", "softmax shift invariance", "boolean", bool(np.allclose(softmax([1002, 1001, 1000.1]), sm)))

# Problem 2
s = np.array([2.0, -1.0, 0.5]); y = 2
p = softmax(s)
add("2a", "cross-entropy loss", "real", R(-np.log(p[y])), tol=1e-4)
add("2b", "cross-entropy gradient wrt logits", "vector", R(p - np.eye(3)[y]), tol=1e-4)
add("2c", "multiclass hinge loss", "real",
    R(sum(max(0.0, s[j] - s[y] + 1) for j in range(3) if j != y)), tol=1e-6)
pred = np.array([2.5, 0.0, 2.1, 7.8]); tgt = np.array([3.0, -0.5, 2.0, 7.0])
add("2d", "mean squared error", "real", R(np.mean((pred - tgt) ** 2)), tol=1e-6)
pb, yb = 0.8, 1
add("2e", "binary cross-entropy", "real", R(-(yb * np.log(pb) + (1 - yb) * np.log(1 - pb))), tol=1e-4)

# Problem 3
W1 = np.array([[1, -1], [2, 0], [0, 1]], float); b1 = np.array([0, -1, 1], float)
W2 = np.array([[1, -2, 1]], float); b2 = np.array([0.5]); x = np.array([1, 2], float); t = 1.0
a1 = W1 @ x + b1; h = np.maximum(a1, 0); yhat = W2 @ h + b2
Lval = 0.5 * (yhat[0] - t) ** 2
dy = yhat - t
dW2 = np.outer(dy, h)
db1 = (W2.T @ dy) * (a1 > 0)
add("3a", "MLP hidden activation", "vector", R(h), tol=1e-6)
add("3b", "MLP forward output", "real", R(yhat[0]), tol=1e-6)
add("3c", "MSE loss of MLP", "real", R(Lval), tol=1e-6)
add("3d", "MLP weight gradient", "matrix", R(dW2), tol=1e-6)
add("3e", "MLP bias gradient", "vector", R(db1), tol=1e-6)

# Problem 4
w, xx, b = 3.0, -1.0, 4.0
u = w * xx + b
add("4a", "tiny graph forward", "real", R(u ** 2), tol=1e-6)
add("4b", "tiny graph backprop", "real", R(2 * u * xx), tol=1e-6)
non("4c", "derive a general expression and explain")

# Problem 5
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [0, 2], [1, 0]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
add("5a", "attention scores", "matrix", R(S), tol=1e-4)
add("5b", "attention weights", "matrix", R(A), tol=1e-4)
add("5c", "attention output", "matrix", R(A @ V), tol=1e-4)
non("5d", "discuss in words")

out = {"set": "mlp-attention-md", "source": "problems.md", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None)
