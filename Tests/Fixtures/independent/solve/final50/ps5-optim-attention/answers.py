"""Recompute every answer of ps5-optim-attention from the numbers in problems.txt; write expected.yaml."""
import math
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append(dict(id=pid, computable=False, why=why))
        return
    d = dict(id=pid, computable=True, family=family, answer_kind=kind, answer=answer)
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


TOL = 1e-3


def r(v, nd=4):
    return np.round(np.asarray(v, float), nd).tolist()


# Problem 1
def grad(w):
    return np.array([w[0], 10 * w[1]])


w0 = np.array([1.0, 1.0])
eta = 0.1
add("1a", "SGD step", "vector", r(w0 - eta * grad(w0)), tol=TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - eta * v
add("1b", "SGD with momentum (two steps)", "vector", r(w), tol=TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - eta * (g + 0.9 * v)
add("1c", "Nesterov momentum (two steps)", "vector", r(w), tol=TOL)

b1, b2, eps = 0.9, 0.999, 1e-8
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in (1, 2):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mh, sh = m / (1 - b1 ** t), s / (1 - b2 ** t)
    w = w - eta * mh / (np.sqrt(sh) + eps)
    adam.append(w.copy())
add("1d", "Adam step", "vector", r(adam[0]), tol=TOL)
add("1e", "Adam second step", "vector", r(adam[1]), tol=TOL)
lam = 0.01
add("1f", "SGD with weight decay", "vector", r(w0 - eta * (grad(w0) + lam * w0)), tol=TOL)
add("1g", why="explain in words (stability condition eta < 2/curvature)")

# Problem 2
emax, emin, T, t = 0.1, 0.001, 100, 25
add("2a", "cosine learning-rate schedule", "real",
    round(emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), 6), tol=1e-5)
add("2b", "linear warm-up learning rate", "real", 3e-4 * 200 / 500, tol=1e-7)
add("2c", why="ambiguous: whether epochs are counted from 0 or 1 is not fixed "
              "(epoch 30 gives 0.025 or 0.0125)")

# Problem 3
x = np.array([0, 1, 2, 3], float)
y = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(x), x])
w_ls = np.linalg.solve(X.T @ X, X.T @ y)
add("3a", "least squares", "vector", r(w_ls), tol=TOL)
add("3b", "residual sum of squares", "real", round(float(np.sum((X @ w_ls - y) ** 2)), 4), tol=TOL)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
add("3c", "ridge regression", "vector", r(w_r), tol=TOL)
w_r2 = np.linalg.solve(X.T @ X + 1.0 * np.diag([0.0, 1.0]), X.T @ y)
add("3d", "ridge regression (unpenalized intercept)", "vector", r(w_r2), tol=TOL)
add("3e", "least-squares prediction", "real", round(float(w_ls @ [1, 4]), 4), tol=TOL)
add("3f", why="prove")

# Problem 4
Q = np.array([[1, 0], [0, 2]], float)
K = np.array([[1, 1], [0, 1], [1, 0]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)


def softmax_rows(S):
    E = np.exp(S - S.max(1, keepdims=True))
    return E / E.sum(1, keepdims=True)


S = Q @ K.T / np.sqrt(2)
A = softmax_rows(S)
add("4a", "attention scores", "matrix", r(S), tol=TOL)
add("4b", "attention weights", "matrix", r(A), tol=TOL)
add("4c", "attention output", "matrix", r(A @ V), tol=TOL)
Sm = S.copy()
Sm[:, 2] = -np.inf
add("4d", "masked attention weights", "matrix", r(softmax_rows(Sm)), tol=TOL)
A8 = softmax_rows(Q @ K.T / np.sqrt(8))
ent = lambda P: -(P * np.log(P)).sum(1)
if np.allclose(A8, A):
    pick = "C"
elif np.all(ent(A8) > ent(A)) and np.all(A8.max(1) < A.max(1)):
    pick = "B"
elif np.all(ent(A8) < ent(A)):
    pick = "A"
else:
    pick = "D"
add("4e", "attention temperature (multiple choice)", "choice", pick)
add("4f", "attention rows sum to one (true/false)", "boolean", bool(np.allclose(A.sum(1), 1)))


def _fmt(v):
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_fmt(e) for e in v) + "]"
    if isinstance(v, (float, np.floating)):
        v = round(float(v), 10)
        s = repr(v + 0.0)  # + 0.0 turns -0.0 into 0.0
        if "e" in s and "." not in s.split("e")[0]:
            s = s.replace("e", ".0e")  # YAML 1.1 needs a dot in 1.0e-06
        return s
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    s = str(v)
    return s if s.replace("-", "").replace("_", "").replace(".", "").isalnum() and not s[0].isdigit() else json.dumps(s)


def dump(path, setname, source):
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(path, "w") as fh:
        fh.write(f"set: {setname}\nsource: {source}\nparts:\n")
        for p in parts:
            first = True
            for key, val in p.items():
                fh.write(("  - " if first else "    ") + f"{key}: {_fmt(val)}\n")
                first = False


dump(os.path.join(HERE, "expected.yaml"), "ps5-optim-attention", "problems.txt")
