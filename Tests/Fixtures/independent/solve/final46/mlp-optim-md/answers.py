"""Expected answers for mlp-optim-md. Run: python3 answers.py  (writes expected.yaml)."""
import math
import os
import numpy as np
import yaml

parts = []


def comp(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray) and kind not in ("real", "vector", "matrix"):
        answer = answer.tolist()
    if kind in ("real", "vector", "matrix") and tol is not None:
        answer = (np.round(np.asarray(answer, dtype=float), 6) + 0.0).tolist()
    if isinstance(answer, np.ndarray):
        answer = (answer + 0.0).tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def noncomp(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

def softmax(s):
    e = np.exp(s - np.max(s))
    return e / e.sum()


sig = lambda z: 1 / (1 + np.exp(-z))

# ---------------- Problem 1 ----------------
z = -1.2
comp("1a", "sigmoid and its derivative", "vector", [sig(z), sig(z) * (1 - sig(z))], tol=1e-4)
comp("1b", "tanh derivative", "real", 1 - np.tanh(0.7) ** 2, tol=1e-4)
zz = np.array([-2, 0.5, -0.3, 1.5])
comp("1c", "leaky ReLU", "vector", np.where(zz > 0, zz, 0.1 * zz), tol=1e-4)
s = np.array([2.0, 1.0, -1.0, 0.5])
comp("1d", "softmax", "vector", softmax(s), tol=1e-4)
comp("1e", "softmax with temperature", "vector", softmax(s / 2), tol=1e-4)

# ---------------- Problem 2 ----------------
logits = np.array([[1.5, 0.3, -0.8], [0.2, 2.2, 0.9], [-1.0, 0.4, 0.1]])
labels = np.array([0, 2, 1])
ce = np.array([-np.log(softmax(l)[t]) for l, t in zip(logits, labels)])
comp("2a", "cross-entropy loss", "real", ce[0], tol=1e-4)
comp("2b", "mean cross-entropy loss", "real", ce.mean(), tol=1e-4)
yh = np.array([2.5, 0.0, 2.1]); yt = np.array([3.0, -0.5, 2.0])
comp("2c", "mean squared error", "real", np.mean((yh - yt) ** 2), tol=1e-4)
sc = np.array([0.8, -0.4, 1.7, 0.2]); yl = np.array([1, 1, -1, -1])
comp("2d", "hinge loss", "real", np.mean(np.maximum(0, 1 - yl * sc)), tol=1e-4)
comp("2e", "prediction correctness", "boolean", bool(np.argmax(logits[1]) == labels[1]))

# ---------------- Problem 3 ----------------
x = np.array([1.0, -2.0])
W1 = np.array([[0.5, -1.0], [1.5, 0.25], [-0.5, 0.5]])
b1 = np.array([0.0, 0.5, 1.0])
W2 = np.array([[1.0, -2.0, 0.5]])
b2 = np.array([0.1])
zpre = W1 @ x + b1
h = np.maximum(zpre, 0)
yhat = (W2 @ h + b2)[0]
loss = 0.5 * (yhat - 1.0) ** 2
comp("3a", "MLP hidden pre-activations", "vector", zpre, tol=1e-4)
comp("3b", "MLP forward output", "real", yhat, tol=1e-4)
comp("3c", "squared loss", "real", loss, tol=1e-4)
dy = yhat - 1.0
dW2 = dy * h[None, :]
dz = dy * W2[0] * (zpre > 0)
dW1 = np.outer(dz, x)
comp("3d", "backprop weight gradient", "matrix", dW2, tol=1e-4)
comp("3e", "backprop weight gradient", "matrix", dW1, tol=1e-4)
noncomp("3f", "derive a general expression")

# ---------------- Problem 4 ----------------
a, b, c = 1.0, -3.0, 2.0
comp("4a", "computational graph forward", "real", (a + 2 * b) * c ** 2, tol=1e-4)
comp("4b", "computational graph gradient", "vector", [c ** 2, 2 * c ** 2, 2 * c * (a + 2 * b)], tol=1e-4)

# ---------------- Problem 5 ----------------
grad = lambda w: np.array([w[0], 10 * w[1]])
w0 = np.array([2.0, 1.0]); lr = 0.05
comp("5a", "SGD step", "vector", w0 - lr * grad(w0), tol=1e-4)
w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w); w = w - lr * v
comp("5b", "SGD momentum steps", "vector", w, tol=1e-4)
g = grad(w0); v = 0.9 * np.zeros(2) + g
comp("5c", "Nesterov momentum step", "vector", w0 - lr * (g + 0.9 * v), tol=1e-4)
w = w0.copy(); m = np.zeros(2); s2 = np.zeros(2)
for t in (1, 2):
    g = grad(w)
    m = 0.9 * m + 0.1 * g
    s2 = 0.999 * s2 + 0.001 * g * g
    w = w - 0.01 * (m / (1 - 0.9 ** t)) / (np.sqrt(s2 / (1 - 0.999 ** t)) + 1e-8)
comp("5d", "Adam steps", "vector", w, tol=1e-4)
comp("5e", "SGD with weight decay", "vector", w0 - lr * (grad(w0) + 0.1 * w0), tol=1e-4)
noncomp("5f", "discuss in words")
comp("5g", "step learning-rate schedule", "real", 0.1 * 0.5 ** (25 // 10), tol=1e-5)
comp("5h", "cosine learning-rate schedule", "real", 0.5 * 0.1 * (1 + np.cos(np.pi * 25 / 100)), tol=1e-5)

doc = {"set": "mlp-optim-md", "source": "problems.md", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
