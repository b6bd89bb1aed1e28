"""Recompute every computable answer of EE 5390 Worksheet 5 (activations, losses,
attention) and write expected.yaml.  Plain numpy; run:  python3 answers.py
"""
import math
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v):
    if isinstance(v, np.ndarray):
        return [py(x) for x in v.tolist()] if v.ndim else py(v.item())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = round(float(v), 6)
        return int(f) if f == int(f) and abs(f) < 1e15 else f
    return v


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


sigmoid = lambda t: 1 / (1 + np.exp(-t))


def softmax(v, axis=-1):
    e = np.exp(v - np.max(v, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def deriv(f, t, h=1e-6):
    return (f(t + h) - f(t - h)) / (2 * h)


# ---------------- Q1 activations ----------------
z = np.array([-2, 0, 1.5])
add("1a", "sigmoid", "vector", sigmoid(z), tol=0.001)
add("1b", "tanh derivative", "real", 1 - np.tanh(0.5) ** 2, tol=0.001)
add("1c", "leaky ReLU", "vector", np.where(z > 0, z, 0.01 * z), tol=0.0001)
acts = {"A": np.tanh, "B": sigmoid, "C": lambda t: np.log1p(np.exp(t)),
        "D": lambda t: np.maximum(t, 0) if t != 0 else 0.0 * t}
# ReLU is not differentiable at 0; neither one-sided derivative (0 or 1) is 0.25.
d0 = {k: (deriv(f, 0.0) if k != "D" else None) for k, f in acts.items()}
hits = [k for k, d in d0.items() if d is not None and abs(d - 0.25) < 1e-6]
assert len(hits) == 1
add("1d", "activation derivative (multiple choice)", "choice", hits[0])
x, w = np.array([1, 2, 3, 4], float), np.array([1, 0, -1], float)
xc = np.array([x[i:i + 3] @ w for i in range(2)])
cv = np.array([x[i:i + 3] @ w[::-1] for i in range(2)])
assert not np.allclose(xc, cv)
add("1e", why="ambiguous: the worksheet never says whether 'convolve' flips the filter; "
              f"cross-correlation gives {py(xc)}, true convolution gives {py(cv)}")

# ---------------- Q2 softmax and losses ----------------
logits = np.array([2.0, 1.0, -1.0])
y = 0  # cat
p = softmax(logits)
add("2a", "softmax", "vector", p, tol=0.001)
add("2b", "cross-entropy loss", "real", -np.log(p[y]), tol=0.001)
add("2c", "cross-entropy gradient wrt logits", "vector", p - np.eye(3)[y], tol=0.001)
yd = 1  # dog
hinge = sum(max(0.0, logits[j] - logits[yd] + 1) for j in range(3) if j != yd)
add("2d", "multiclass hinge loss", "real", hinge, tol=0.001)
add("2e", "mean squared error", "real",
    np.mean((np.array([0.5, 1.5, 2.0]) - np.array([1, 1, 1])) ** 2), tol=0.001)
add("2f", "binary cross-entropy", "real", -math.log(0.8), tol=0.001)
add("2g", "softmax shift invariance", "boolean", not np.allclose(softmax(logits + 5), p))

# ---------------- Q3 attention ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [0, 1], [1, 0]], float)
V = np.array([[1, 2], [3, 0], [0, 1]], float)
S = Q @ K.T / math.sqrt(2)
A = softmax(S, axis=1)
add("3a", "attention scores", "matrix", S, tol=0.001)
add("3b", "attention weights", "matrix", A, tol=0.001)
add("3c", "attention output", "matrix", A @ V, tol=0.001)
add("3d", why="explain in words")

# ---------------- Q4 vanishing gradients ----------------
t = np.linspace(-5, 5, 100001)
max_d = np.max(sigmoid(t) * (1 - sigmoid(t)))
add("4", "sigmoid derivative bound", "real", max_d ** 4, tol=1e-5)
add("5", why="discuss (short answer)")

out = {"set": "dl-ws5-activations-attention", "source": "problems.txt", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write("# Written by answers.py -- do not edit by hand.\n")
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(f"{len(parts)} parts, {sum(p['computable'] for p in parts)} computable")
