"""Expected answers for ps4-mlp-attention (computed, not typed)."""
import numpy as np
import yaml

parts = []
R = 4


def clean(a):
    a = np.asarray(a, dtype=float)
    r = np.round(a, R) + 0.0
    return r.tolist() if r.ndim else float(r)


def add(pid, family=None, kind=None, answer=None, tol=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def softmax(v, axis=-1):
    e = np.exp(v - np.max(v, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


sig = lambda u: 1 / (1 + np.exp(-u))

# Question 1
z = np.array([-2, 0.5, 3])
s = sig(z)
add("1a", "sigmoid", "vector", clean(s), tol=0.001)
add("1b", "sigmoid derivative", "vector", clean(s * (1 - s)), tol=0.001)
add("1c", "tanh derivative", "real", clean(1 - np.tanh(0.5) ** 2), tol=0.001)
add("1d", "softmax", "vector", clean(softmax(z)), tol=0.001)
add("1e", why="ambiguous: ReLU is not differentiable at 0; the value (0, 1, or any subgradient in [0, 1]) depends on a convention the text does not fix")

# Question 2
logits = np.array([2.0, 1.5, -1.0])
yc = 0
p = softmax(logits)
add("2a", "cross-entropy loss", "real", clean(-np.log(p[yc])), tol=0.001)
onehot = np.eye(3)[yc]
add("2b", "cross-entropy gradient", "vector", clean(p - onehot), tol=0.001)
hinge = sum(max(0.0, logits[j] - logits[yc] + 1.0) for j in range(3) if j != yc)
add("2c", "multiclass hinge loss", "real", clean(hinge), tol=0.001)
yhat = np.array([1.0, 2.5, 0.0]); t = np.array([1.5, 2.0, 1.0])
add("2d", "MSE loss", "real", clean(np.mean((yhat - t) ** 2)), tol=0.001)

# Question 3
W1 = np.array([[1.0, -1.0], [2.0, 0.5]])
b1 = np.array([0.0, -1.0])
w2 = np.array([1.5, -2.0])
b2 = 0.5
x = np.array([1.0, 2.0])
y = 1.0
a = W1 @ x + b1
h = np.maximum(a, 0)
yh = w2 @ h + b2
L = 0.5 * (yh - y) ** 2
add("3a", "MLP hidden activation", "vector", clean(h), tol=0.001)
add("3b", "MLP output", "real", clean(yh), tol=0.001)
add("3c", "squared-error loss", "real", clean(L), tol=0.001)
dy = yh - y
add("3d", "backprop output weights", "vector", clean(dy * h), tol=0.001)
assert np.all(a != 0)
delta = dy * w2 * (a > 0)
add("3e", "backprop first-layer weights", "matrix", clean(np.outer(delta, x)), tol=0.001)
X_, Y_, Z_ = 1.0, 3.0, -2.0
q = X_ + Y_
mx = max(Y_, Z_)
dfx = mx
dfy = mx + q * (1.0 if Y_ > Z_ else 0.0)
dfz = q * (1.0 if Z_ > Y_ else 0.0)
add("3f", "backprop through a computational graph", "vector", clean([dfx, dfy, dfz]), tol=0.001)

# Question 4
u = np.array([0, 1, 2, 3], float)
yy = np.array([1, 2, 2, 4], float)
X = np.column_stack([np.ones_like(u), u])
w_ols = np.linalg.solve(X.T @ X, X.T @ yy)
add("4a", "least squares closed form", "vector", clean(w_ols), tol=0.001)
w_ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ yy)
add("4b", "ridge regression closed form", "vector", clean(w_ridge), tol=0.001)
add("4c", why="prove")

# Question 5
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [2, 0], [0, 1]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
add("5a", "attention scores", "matrix", clean(S), tol=0.001)
add("5b", "attention weights", "matrix", clean(A), tol=0.001)
add("5c", "attention output", "matrix", clean(A @ V), tol=0.001)
row = A[0]
best = int(np.argmax(row))
assert np.sum(np.isclose(row, row[best])) == 1
add("5d", "attention argmax key", "choice", "ABC"[best])

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "ps4-mlp-attention", "source": "problems.md", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None)
