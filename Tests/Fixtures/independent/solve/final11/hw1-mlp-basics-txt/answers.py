"""Answers for CSCI 5922 Problem Set 1; writes expected.yaml."""
import numpy as np
import yaml

SET = "hw1-mlp-basics-txt"
parts = []
TOL = 1e-4


def py(v):
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        if abs(f - round(f)) < 1e-12:
            return int(round(f))
        return round(f, 6)
    return v


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def softmax(s, axis=-1):
    e = np.exp(s - np.max(s, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---- Question 1 ----
z = np.array([-2, -0.5, 0, 1.5])
add("1a", "ReLU", "vector", np.maximum(z, 0), TOL)
add("1b", "sigmoid", "vector", 1 / (1 + np.exp(-z)), TOL)
add("1c", "tanh derivative", "vector", 1 - np.tanh(z) ** 2, TOL)

# ---- Question 2 ----
s = np.array([2.0, 1.0, -1.0])
y = 1  # dog
p = softmax(s)
add("2a", "softmax", "vector", p, TOL)
add("2b", "cross-entropy loss", "real", -np.log(p[y]), TOL)
onehot = np.eye(3)[y]
add("2c", "cross-entropy gradient wrt logits", "vector", p - onehot, TOL)
hinge = sum(max(0.0, s[j] - s[y] + 1) for j in range(3) if j != y)
add("2d", "multiclass hinge loss", "real", hinge, TOL)
pred, tgt = np.array([0.5, 2.0, 1.5]), np.array([1, 1, 2.0])
add("2e", "mean squared error", "real", np.mean((pred - tgt) ** 2), TOL)

# ---- Question 3 ----
W1 = np.array([[1, 2], [0, -1], [3, 1]], float)
b1 = np.array([0, 1, -1], float)
W2 = np.array([[1, -1, 2]], float)
b2 = 0.5
x = np.array([1, -1], float)
z1 = W1 @ x + b1
h = np.maximum(z1, 0)
add("3a", "MLP hidden pre-activation", "vector", z1, TOL)
add("3b", "MLP hidden activation (ReLU)", "vector", h, TOL)
add("3c", "MLP output", "real", (W2 @ h + b2)[0], TOL)
skip("3d", "ambiguous: biased (divide by 3) vs unbiased (divide by 2) variance is not specified")

# ---- Question 4 ----
xv, yv, zv = 2.0, -3.0, 4.0
u = xv * yv + zv
add("4a", "backprop forward value", "real", u ** 2, TOL)
add("4b", "backprop gradient", "real", 2 * u * yv, TOL)
add("4c", "backprop gradient", "real", 2 * u * 1.0, TOL)

# ---- Question 5 ----
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 2, 2, 4], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
add("5a", "least squares closed form", "vector", w_ols, TOL)
w_ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("5b", "ridge regression closed form", "vector", w_ridge, TOL)
add("5c", "training MSE of least-squares fit", "real", np.mean((X @ w_ols - ys) ** 2), TOL)
skip("5d", "derive a formula")

# ---- Question 6 ----
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [1, -1], [0, 2]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
add("6a", "scaled attention scores", "matrix", S, TOL)
add("6b", "attention weights", "matrix", A, TOL)
add("6c", "attention output", "matrix", A @ V, TOL)

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": SET, "source": "problems.txt", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=200)
print(open("expected.yaml").read())
