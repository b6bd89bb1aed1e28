"""Recompute every answer of Worksheet 2 and write expected.yaml."""
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


sig = lambda z: 1 / (1 + np.exp(-z))


def softmax(z):
    e = np.exp(z - np.max(z)); return e / e.sum()


# ---- Problem 1
t = np.array([0, 1, 2, 3], float); y = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones(4), t])
w_ls = np.linalg.solve(X.T @ X, X.T @ y)
add("1a", "least squares closed form", "vector", r(w_ls), 1e-3)
add("1b", "least squares residual", "real", float(r(((y - X @ w_ls) ** 2).sum())), 1e-3)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
add("1c", "ridge closed form", "vector", r(w_r), 1e-3)
# statement holds in general (ridge norm is monotone decreasing in lambda); check here
lams = np.linspace(0.01, 100, 500)
ok = all(np.linalg.norm(np.linalg.solve(X.T @ X + l * np.eye(2), X.T @ y)) <= np.linalg.norm(w_ls) + 1e-12 for l in lams)
add("1d", "ridge vs least squares norm", "boolean", bool(ok))
nc("1e", "derive a formula")

# ---- Problem 2
add("2a", "sigmoid", "real", float(r(sig(2.0))), 1e-3)
add("2b", "sigmoid derivative", "real", float(r(sig(2.0) * (1 - sig(2.0)))), 1e-3)
add("2c", "tanh derivative", "real", float(r(1 - np.tanh(0.5) ** 2)), 1e-3)
v = np.array([-1, 0.5, 2])
add("2d", "leaky ReLU", "vector", r(np.where(v > 0, v, 0.01 * v)), 1e-4)
z = np.array([1, 2, 3], float)
add("2e", "softmax", "vector", r(softmax(z)), 1e-3)
add("2f", "softmax with temperature", "vector", r(softmax(z / 2)), 1e-3)

# ---- Problem 3
pred = np.array([2.5, 0, 2]); tgt = np.array([3, -0.5, 2])
add("3a", "MSE loss", "real", float(r(((pred - tgt) ** 2).mean())), 1e-3)
add("3b", "hinge loss", "real", float(r(max(0, 1 - 1 * 0.3))), 1e-3)
s = np.array([3.2, 5.1, -1.7]); c = 0
add("3c", "multiclass hinge loss", "real",
    float(r(sum(max(0, s[j] - s[c] + 1) for j in range(3) if j != c))), 1e-3)
rr, dl = 2.5, 1.0
hub = 0.5 * rr ** 2 if abs(rr) <= dl else dl * (abs(rr) - 0.5 * dl)
add("3d", "Huber loss", "real", float(r(hub)), 1e-3)
add("3e", "cross-entropy", "real", float(r(-np.log(0.7))), 1e-3)

# ---- Problem 4
a, b, cc = 2.0, -1.0, 4.0
q = a * b + cc
add("4a", "computational graph forward", "real", float(r(q ** 2)))
add("4b", "backprop tiny graph", "vector", r([2 * q * b, 2 * q * a, 2 * q]))
w = np.array([1, -2, 0.5]); xx = np.array([3, 1, 1.0])
gv = sig(w @ xx)
add("4c", "sigmoid neuron forward", "real", float(r(gv)), 1e-3)
add("4d", "sigmoid neuron backprop", "vector", r(gv * (1 - gv) * xx), 1e-3)

outd = {"set": "worksheet2_linear_losses", "source": "problems.txt", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(outd, f, sort_keys=False, default_flow_style=None)
