"""Recompute every numeric answer of handout3-mlp-txt and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(v):
    if isinstance(v, np.ndarray):
        return clean(v.tolist())
    if isinstance(v, (list, tuple)):
        return [clean(u) for u in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        return int(round(f)) if abs(f - round(f)) < 1e-12 else round(f, 6)
    return v


parts = []
def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family,
         "answer_kind": kind, "answer": clean(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r4(v):
    return np.round(v, 4)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


# ---------------- Question 1: activations
z = np.array([-2, 0.5, 3])
add("1a", "ReLU", "vector", np.maximum(z, 0), tol=1e-6)
add("1b", "sigmoid derivative", "vector", r4(sigmoid(z) * (1 - sigmoid(z))), tol=1e-3)
add("1c", "tanh derivative", "real", round(1 - np.tanh(1.0) ** 2, 4), tol=1e-3)
add("1d", "softmax", "vector", r4(softmax(z)), tol=1e-3)
add("1e", "softmax shift invariance (true/false)", "boolean", bool(np.allclose(softmax(z + 5), softmax(z))))
add("1f", "leaky ReLU derivative", "real", 0.1 if z[0] < 0 else 1.0, tol=1e-9)

# ---------------- Question 2: losses
s = np.array([2.0, 1.0, -1.0])
yidx = 1  # class 2, 1-indexed
p = softmax(s)
add("2a", "cross-entropy loss", "real", round(-np.log(p[yidx]), 4), tol=1e-3)
add("2b", "cross-entropy gradient wrt logits", "vector", r4(p - np.eye(3)[yidx]), tol=1e-3)
hinge = sum(max(0.0, s[j] - s[yidx] + 1) for j in range(3) if j != yidx)
add("2c", "multiclass hinge loss", "real", hinge, tol=1e-6)
add("2d", "MSE loss", "real", np.mean((np.array([0.5, 2.0, -1.0]) - np.array([1.0, 1.0, 0.0])) ** 2), tol=1e-6)
add("2e", "binary cross-entropy", "real", round(-np.log(1 - 0.8), 4), tol=1e-3)

# ---------------- Question 3: tiny MLP
W1 = np.array([[1, 2], [0, -1], [3, 1]], dtype=float)
b1 = np.array([0, 1, -1], dtype=float)
W2 = np.array([[1, -1, 2]], dtype=float)
b2 = np.array([0.5])
x = np.array([1, -1], dtype=float)
t = 2.0
h = W1 @ x + b1
a = np.maximum(h, 0)
y = W2 @ a + b2
dy = y - t
dW2 = np.outer(dy, a)
da = W2.T @ dy
dh = da * (h > 0)
dx = W1.T @ dh
add("3a", "MLP forward (hidden pre-activation)", "vector", h, tol=1e-6)
add("3b", "MLP forward (output)", "real", y[0], tol=1e-6)
add("3c", "MLP backprop weight gradient", "matrix", dW2, tol=1e-6)
add("3d", "MLP backprop input gradient", "vector", dx, tol=1e-6)
add("3e", "MLP parameter count", "integer", W1.size + b1.size + W2.size + b2.size)

# ---------------- Question 4: tiny graph
xv, yv, zv = 1.0, -2.0, 3.0
q = xv * yv
r = q + zv
f = r ** 2
df_dr = 2 * r
add("4a", "computational graph forward", "real", f, tol=1e-9)
add("4b", "backprop through graph", "vector", [df_dr * yv, df_dr * xv, df_dr], tol=1e-9)
nc("4c", "draw/sketch the graph")

# ---------------- Question 5: schedules
base = 0.1
add("5a", "step learning-rate schedule", "real", base * 0.5 ** (25 // 10), tol=1e-9)
add("5b", "cosine learning-rate schedule", "real", round(0 + 0.5 * (base - 0) * (1 + np.cos(np.pi * 25 / 100)), 6), tol=1e-5)
nc("5c", "explain in words")
class _D(yaml.SafeDumper):
    pass


_D.add_representer(list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(u, dict) for u in v)))

out = {"set": "handout3-mlp-txt", "source": "problems.txt", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=_D, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
