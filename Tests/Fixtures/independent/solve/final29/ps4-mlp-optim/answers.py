"""Recompute every answer of ps4-mlp-optim and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r4(a):
    a = np.asarray(a, float)
    if a.ndim == 2:
        return [[round(float(v), 4) + 0.0 for v in row] for row in a]
    return [round(float(v), 4) + 0.0 for v in np.ravel(a)]


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


# Problem 1
z = np.array([2.0, -1.0, 0.5])
yidx = 2  # third class
add("1a", "sigmoid", "vector", r4(sigmoid(z)), tol=0.001)
add("1b", "tanh derivative", "real", round(float(1 - np.tanh(z[2]) ** 2), 4), tol=0.001)
sm = np.exp(z - z.max()); sm /= sm.sum()
add("1c", "softmax", "vector", r4(sm), tol=0.001)
add("1d", "cross-entropy loss", "real", round(float(-np.log(sm[yidx])), 4), tol=0.001)
onehot = np.eye(3)[yidx]
add("1e", "cross-entropy gradient w.r.t. logits", "vector", r4(sm - onehot), tol=0.001)
hinge = sum(max(0.0, z[j] - z[yidx] + 1.0) for j in range(3) if j != yidx)
add("1f", "multiclass hinge loss", "real", round(float(hinge), 4), tol=0.001)

# Problem 2
W1 = np.array([[1, -1], [0, 2], [1, 1]], float)
b1 = np.array([0, -3, -1], float)
W2 = np.array([[1, -2, 1]], float)
b2 = 0.5
x = np.array([1, 2], float)
y = 2.0
a1 = W1 @ x + b1
h = np.maximum(a1, 0)
yhat = float((W2 @ h)[0] + b2)
L = 0.5 * (yhat - y) ** 2
add("2a", "MLP hidden activations (ReLU)", "vector", r4(h), tol=0.001)
add("2b", "MLP forward output", "real", round(yhat, 4), tol=0.001)
add("2c", "MSE loss", "real", round(L, 4), tol=0.001)
dy = yhat - y
dW2 = dy * h[None, :]
add("2d", "backprop gradient w.r.t. W2", "matrix", r4(dW2), tol=0.001)
db1 = (W2[0] * dy) * (a1 > 0)
add("2e", "backprop gradient w.r.t. b1", "vector", r4(db1), tol=0.001)
nc("2f", "explain and discuss")

# Problem 3
xv, yv, zv = 2.0, -3.0, 4.0
q = xv * yv + zv
f = q ** 2
add("3a", "computational graph forward", "real", round(float(f), 4), tol=0.001)
add("3b", "backprop through a tiny graph", "vector", r4([2 * q * yv, 2 * q * xv, 2 * q]), tol=0.001)

# Problem 4: f(w) = w1^2 + 5 w2^2
def grad(w):
    return np.array([2 * w[0], 10 * w[1]])

w0 = np.array([1.0, 1.0]); eta = 0.1
add("4a", "gradient descent step", "vector", r4(w0 - eta * grad(w0)), tol=0.001)
w = w0.copy(); v = np.zeros(2); mu = 0.9
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
add("4b", "SGD with momentum (two steps)", "vector", r4(w), tol=0.001)
v0 = np.array([-0.5, 0.5])
v1 = mu * v0 - eta * grad(w0 + mu * v0)
add("4c", "Nesterov momentum step", "vector", r4(w0 + v1), tol=0.001)
b1a, b2a, eps = 0.9, 0.999, 1e-8
w = w0.copy(); m = np.zeros(2); s = np.zeros(2)
for t in (1, 2):
    g = grad(w)
    m = b1a * m + (1 - b1a) * g
    s = b2a * s + (1 - b2a) * g * g
    mhat = m / (1 - b1a ** t); shat = s / (1 - b2a ** t)
    w = w - eta * mhat / (np.sqrt(shat) + eps)
add("4d", "Adam (two steps)", "vector", r4(w), tol=0.001)
lam = 0.01
add("4e", "SGD with weight decay", "vector", r4(w0 - eta * (grad(w0) + lam * w0)), tol=0.001)
H = np.diag([2.0, 10.0])
add("4f", "gradient descent stability threshold", "real", round(float(2.0 / np.linalg.eigvalsh(H).max()), 4), tol=0.001)
etat = 0.0 + 0.5 * (0.1 - 0.0) * (1 + np.cos(np.pi * 25 / 100))
add("4g", "cosine learning-rate schedule", "real", round(float(etat), 4), tol=0.0001)
nc("4h", "explain in words (L2 vs decoupled weight decay)")

doc = {"set": "ps4-mlp-optim", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None)
