"""Expected answers for materials_txt (MSE 4410 Problem Set 2). Run: python3 answers.py"""
import numpy as np
import yaml

parts = []


class FlowList(list):
    pass


yaml.SafeDumper.add_representer(
    FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def add(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    if kind in ("real", "vector", "matrix"):
        answer = (np.round(np.asarray(answer, dtype=float), 6) + 0.0).tolist()
    if isinstance(answer, list):
        answer = FlowList(FlowList(a) if isinstance(a, list) else a for a in answer)
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


# ---- Problem 1
data = np.array([[1, 0, 1], [0, 1, 2], [1, 1, 2], [2, 1, 3]], float)
X, y = data[:, :2], data[:, 2]
w_ls = np.linalg.solve(X.T @ X, X.T @ y)
add("1a", "least squares closed form", "vector", w_ls, tol=0.001)
lam = 1.0
w_r = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ y)
add("1b", "ridge regression closed form", "vector", w_r, tol=0.001)
add("1c", "training mean squared error", "real", np.mean((X @ w_ls - y) ** 2), tol=0.001)
nc("1d", "prove")

# ---- Problem 2
def grad(w):
    return np.array([w[0], 4 * w[1]])

w0 = np.array([2.0, 1.0]); eta = 0.1; mu = 0.9
add("2a", "SGD step", "real", (w0 - eta * grad(w0))[0], tol=0.001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
add("2b", "momentum steps", "vector", w, tol=0.001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v - eta * grad(w + mu * v)
    w = w + v
add("2c", "Nesterov momentum steps", "vector", w, tol=0.001)
b1, b2, eps, lr = 0.9, 0.999, 1e-8, 0.01
g = grad(w0)
m = (1 - b1) * g; s = (1 - b2) * g ** 2
mh, sh = m / (1 - b1), s / (1 - b2)
add("2d", "Adam step", "real", (w0 - lr * mh / (np.sqrt(sh) + eps))[0], tol=0.0001)
add("2e", "SGD with weight decay", "real", (w0 - eta * (grad(w0) + 0.01 * w0))[0], tol=0.0001)
add("2f", "step learning-rate schedule", "real", 0.1 * 0.5 ** (25 // 10), tol=0.0001)
emax, emin, T, t = 0.1, 0.001, 100, 25
add("2g", "cosine learning-rate schedule", "real", emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), tol=0.0001)

# ---- Problem 3
W1 = np.array([[1, -1], [0.5, 2]]); b1 = np.array([0, 0.5])
w2 = np.array([0.5, -1]); bb2 = 0.25
x = np.array([1.0, -1.0]); yt = 1.0
zz = W1 @ x + b1
h = np.maximum(zz, 0)
yhat = w2 @ h + bb2
L = 0.5 * (yhat - yt) ** 2
add("3a.i", "MLP forward hidden layer", "vector", h)
add("3a.ii", "MLP forward output", "real", yhat, tol=0.001)
add("3a.iii", "MSE loss of MLP output", "real", L, tol=0.0001)
dy = yhat - yt
add("3b", "backprop output weights", "vector", dy * h, tol=0.001)
dz = dy * w2 * (zz > 0)
add("3c", "backprop first-layer weights", "matrix", np.outer(dz, x), tol=0.001)
add("3d", "backprop first-layer bias", "vector", dz, tol=0.001)
a, b, c = 2.0, -3.0, 4.0
q = a * b + c
add("3e", "backprop through a tiny graph", "vector", [2 * q * b, 2 * q * a, 2 * q])

# ---- Problem 4
add("4a", "tanh derivative (true/false)", "boolean", bool(np.isclose(1 - np.tanh(0.0) ** 2, 1.0)))
sd = 0.5 * (1 - 0.5)
opts = {"A": 0, "B": 0.25, "C": 0.5, "D": 1}
add("4b", "sigmoid derivative (multiple choice)", "choice", [k for k, v in opts.items() if np.isclose(v, sd)][0])
add("4c", "leaky ReLU derivative", "real", 0.01 if -3 < 0 else 1.0, tol=0.0001)
nc("4d", "discuss in words")

doc = {"set": "materials_txt", "source": "problems.txt", "parts": parts}
with open("expected.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=False, width=200)
print(open("expected.yaml").read())
