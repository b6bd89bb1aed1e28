"""Recompute every numeric answer of handout5-mlp-attention-txt and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []
TOL = 0.001


def r4(v):
    v = np.round(np.asarray(v, float), 4) + 0.0
    return v.tolist() if v.ndim else float(v)


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def softmax(t, axis=-1):
    e = np.exp(t - np.max(t, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# Problem 1
z = np.array([-2, 0, 1.5])
add("1a", "sigmoid", "vector", r4(sigmoid(z)), tolerance=TOL)
add("1b", "sigmoid derivative", "vector", r4(sigmoid(z) * (1 - sigmoid(z))), tolerance=TOL)
add("1c", "tanh derivative", "vector", r4(1 - np.tanh(z) ** 2), tolerance=TOL)
add("1d", "ReLU derivative", "vector", r4((z > 0).astype(float)), tolerance=TOL)
nc("1e", "explain in words")

# Problem 2
s = np.array([2, 1, -1], float)
yc = 1  # second class
p = softmax(s)
add("2a", "softmax", "vector", r4(p), tolerance=TOL)
add("2b", "cross-entropy loss", "real", r4(-np.log(p[yc])), tolerance=TOL)
onehot = np.eye(3)[yc]
add("2c", "cross-entropy gradient wrt logits", "vector", r4(p - onehot), tolerance=TOL)
hinge = sum(max(0.0, s[j] - s[yc] + 1) for j in range(3) if j != yc)
add("2d", "multiclass hinge loss", "real", r4(hinge), tolerance=TOL)
add("2e", "softmax with temperature", "vector", r4(softmax(s / 2)), tolerance=TOL)
pred = np.array([0.5, 2.0, -1.0])
tgt = np.array([1, 1, 0], float)
add("2f", "MSE loss", "real", r4(np.mean((pred - tgt) ** 2)), tolerance=TOL)

# Problem 3
x = np.array([1, -1], float)
W1 = np.array([[1, 2], [0, -1], [3, 1]], float)
b1 = np.array([0, 1, -1], float)
W2 = np.array([[1, -1, 2]], float)
b2 = np.array([0.5])
y = 1.0
h = W1 @ x + b1
a = np.maximum(h, 0)
yhat = (W2 @ a + b2)[0]
L = 0.5 * (yhat - y) ** 2
add("3a", "MLP forward (hidden activations)", "vector", r4(a), tolerance=TOL)
add("3b", "MLP forward (output)", "real", r4(yhat), tolerance=TOL)
add("3c", "MSE loss (half squared error)", "real", r4(L), tolerance=TOL)
dy = yhat - y
add("3d", "backprop (output weights)", "vector", r4(dy * a), tolerance=TOL)
db1 = (W2[0] * dy) * (h > 0)
add("3e", "backprop (hidden bias)", "vector", r4(db1), tolerance=TOL)
gx, gy, gz = 3.0, -1.0, 2.0
u = gx * gy + gz
add("3f", "backprop through a tiny graph", "vector", r4([2 * u * gy, 2 * u * gx, 2 * u]),
    tolerance=TOL)

# Problem 4
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [0, 2], [2, 0]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
add("4a", "attention scores", "matrix", r4(S), tolerance=TOL)
add("4b", "attention weights", "matrix", r4(A), tolerance=TOL)
add("4c", "attention output", "matrix", r4(A @ V), tolerance=TOL)
row = A[1]
assert np.sum(np.isclose(row, row.max())) == 1
add("4d", "attention weights (argmax)", "choice", "ABC"[int(np.argmax(row))])
nc("4e", "explain in words")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "handout5-mlp-attention-txt", "source": "problems.txt",
                    "parts": parts}, f, sort_keys=False, default_flow_style=None)
