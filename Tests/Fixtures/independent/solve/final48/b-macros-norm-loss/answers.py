"""Compute the expected answers for b-macros-norm-loss and write expected.yaml."""
import numpy as np
import yaml
from pathlib import Path

parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    entry = {"id": pid, "computable": True, "family": family,
             "answer_kind": kind, "answer": answer}
    if layout:
        entry["layout"] = layout
    if tol is not None:
        entry["tolerance"] = tol
    parts.append(entry)


def no(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def to_num(a):
    a = np.asarray(a, float)
    r = np.round(a, 6) + 0.0
    if np.allclose(r, np.round(r)):
        return np.round(r).astype(int).tolist()
    return r.tolist()


def r4(a):
    return (np.round(np.asarray(a, float), 4) + 0.0).tolist()


# Problem 1: batch norm
x = np.array([1, 3, 4, 8], float)
mu, var = x.mean(), x.var()          # biased variance
xhat = (x - mu) / np.sqrt(var + 0.0)
add("1a", "batch norm output", "vector", r4(xhat), tol=1e-3)
add("1b", "batch norm output (affine)", "vector", r4(2 * xhat - 1), tol=1e-3)
dy = np.array([1, 0, -1, 2], float)
N = len(x)
dx = (N * dy - dy.sum() - xhat * (dy * xhat).sum()) / (N * np.sqrt(var))
add("1c", "batch norm input gradient", "vector", r4(dx), tol=1e-3)
x1 = np.array([5.0])
eps, g, b = 1e-5, 2.0, 0.3
xh1 = (x1 - x1.mean()) / np.sqrt(x1.var() + eps)
add("1d", "batch norm, batch of one", "real", float(g * xh1[0] + b), tol=1e-4)
s1 = np.sqrt(x1.var() + eps)
dy1 = np.array([4.0])
dx1 = g * (1 * dy1 - dy1.sum() - xh1 * (dy1 * xh1).sum()) / (1 * s1)
add("1e", "batch norm gradient, batch of one", "real", float(dx1[0]), tol=1e-4)
hv = np.array([2, -2, 0, 4], float)
add("1f", "layer norm output", "vector", r4((hv - hv.mean()) / hv.std()), tol=1e-3)

# Problem 2: dropout, activations
a = np.array([1.5, -0.5, 2.0, 0.0])
m = np.array([1, 0, 1, 1])
add("2a", "inverted dropout", "vector", to_num(a * m / (1 - 0.2)), tol=1e-4)
add("2b", "classic dropout test-time scaling", "real", 0.75 * 2.0, tol=1e-4)
sig = lambda z: 1 / (1 + np.exp(-z))
opts = [0, 0.25, 0.5, 1]
d0 = sig(0.0) * (1 - sig(0.0))
add("2c", "sigmoid derivative (multiple choice)", "choice", "ABCD"[int(np.argmin([abs(o - d0) for o in opts]))])
add("2d", "tanh derivative", "real", round(float(1 - np.tanh(0.5) ** 2), 4), tol=1e-3)
zr = np.array([-1.2, 3.4, 0.7, -0.1])
add("2e", "ReLU derivative", "vector", (zr > 0).astype(int).tolist())
zz = np.linspace(-10, 10, 101)
add("2f", "sigmoid identity (true/false)", "boolean", bool(np.allclose(sig(-zz), 1 - sig(zz))))

# Problem 3: softmax, losses
z = np.array([2.0, 1.0, -1.0, 0.5])
p = np.exp(z - z.max()); p /= p.sum()
add("3a", "softmax", "vector", r4(p), tol=1e-3)
add("3b", "cross-entropy loss", "real", round(float(-np.log(p[0])), 4), tol=1e-3)
yv = np.eye(4)[0]
add("3c", "cross-entropy gradient", "vector", r4(p - yv), tol=1e-3)
yc = 3
hinge = sum(max(0.0, z[j] - z[yc] + 1) for j in range(4) if j != yc)
add("3d", "multiclass hinge loss", "real", float(hinge), tol=1e-4)
yh = np.array([0.5, 2.0, -1.0]); yt = np.array([1.0, 1.5, 0.0])
add("3e", "mean squared error", "real", float(np.mean((yh - yt) ** 2)), tol=1e-4)
no("3f", "explain in words")

# Problem 4: MLP forward/backward
W1 = np.array([[1, 0], [2, 1], [-1, 3]], float)
b1 = np.array([0, 1, 2], float)
W2 = np.array([[1, -1, 2]], float)
b2 = 0.5
xv = np.array([1, -2], float)
y = 1.0
zpre = W1 @ xv + b1
h = np.maximum(zpre, 0)
yhat = float((W2 @ h)[0] + b2)
L = 0.5 * (yhat - y) ** 2
add("4a", "MLP hidden activations", "vector", to_num(h))
add("4b", "MLP output", "real", yhat, tol=1e-4)
add("4c", "MSE loss value", "real", L, tol=1e-4)
delta = yhat - y
add("4d", "backprop weight gradient", "matrix", to_num((delta * h)[None, :]), tol=1e-4)
dh = delta * W2[0]
dz = dh * (zpre > 0)
add("4e", "backprop input gradient", "vector", to_num(W1.T @ dz), tol=1e-4)
Path(__file__).with_name("expected.yaml").write_text(yaml.safe_dump(
    {"set": "b-macros-norm-loss", "source": "problems.tex", "parts": parts},
    sort_keys=False, default_flow_style=None))
