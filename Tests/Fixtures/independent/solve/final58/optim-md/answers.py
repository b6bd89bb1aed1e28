"""Compute the answers of optim-md/problems.md and write expected.yaml."""
import math
import os
import numpy as np
import yaml

parts = []


class Dumper(yaml.SafeDumper):
    pass


def _seq(dumper, v):
    flow = not any(isinstance(x, dict) for x in v)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=flow)


Dumper.add_representer(list, _seq)


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



def r4(a):
    return [round(float(v), 4) + 0.0 for v in np.ravel(a)]


def r4m(a):
    return [[round(float(v), 4) + 0.0 for v in row] for row in np.asarray(a)]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# Problem 1: optimizers on f(w) = (w1-1)^2 + 2 w2^2
def grad(w):
    return np.array([2 * (w[0] - 1), 4 * w[1]])


w0 = np.array([2.0, 1.0])
eta, mu = 0.1, 0.9
add("1a", "SGD step", "vector", r4(w0 - eta * grad(w0)), tolerance=0.001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
add("1b", "momentum steps", "vector", r4(w), tolerance=0.001)
g = grad(w0)
v = mu * 0 + g
add("1c", "Nesterov step", "vector", r4(w0 - eta * (g + mu * v)), tolerance=0.001)
b1, b2, eps = 0.9, 0.999, 1e-8
m = (1 - b1) * g
s = (1 - b2) * g ** 2
mhat, shat = m / (1 - b1), s / (1 - b2)
add("1d", "Adam step", "vector", r4(w0 - eta * mhat / (np.sqrt(shat) + eps)), tolerance=0.001)
add("1e", "SGD with weight decay", "vector", r4(w0 - eta * (g + 0.01 * w0)), tolerance=0.001)
add("1f", "step learning-rate schedule", "real", round(0.1 * 0.5 ** (25 // 10), 6), tolerance=1e-6)
skip("1g", "explain in words")

# Problem 2: tiny MLP
x = np.array([1.0, -1.0])
W1 = np.array([[1, 2], [0, -1], [1, 1]], dtype=float)
bb1 = np.array([0, 1, -1], dtype=float)
W2 = np.array([[1, -1, 2]], dtype=float)
bb2 = np.array([0.5])
a1 = W1 @ x + bb1
h = np.maximum(a1, 0)
add("2a", "MLP hidden activation", "vector", r4(h), tolerance=0.001)
p = sigmoid(W2 @ h + bb2)[0]
add("2b", "MLP forward output", "real", round(float(p), 4), tolerance=0.001)
y = 1.0
L = -(y * np.log(p) + (1 - y) * np.log(1 - p))
add("2c", "binary cross-entropy", "real", round(float(L), 4), tolerance=0.001)
dz = p - y
add("2d", "backprop weight gradient", "vector", r4(dz * h), tolerance=0.001)
dh = W2[0] * dz
db1 = dh * (a1 > 0)
add("2e", "backprop bias gradient", "vector", r4(db1), tolerance=0.001)

# Problem 3: activations and losses
z = np.array([2.0, 1.0, 0.1])
sm = np.exp(z - z.max())
sm /= sm.sum()
add("3a", "softmax", "vector", r4(sm), tolerance=0.001)
yc = 1
add("3b", "cross-entropy", "real", round(float(-np.log(sm[yc])), 4), tolerance=0.001)
hinge = sum(max(0.0, z[j] - z[yc] + 1) for j in range(3) if j != yc)
add("3c", "multiclass hinge loss", "real", round(float(hinge), 4), tolerance=0.001)
pred, tgt = np.array([1.5, 2, 2]), np.array([1.0, 2, 3])
add("3d", "MSE loss", "real", round(float(np.mean((pred - tgt) ** 2)), 4), tolerance=0.001)
dsig = sigmoid(0.0) * (1 - sigmoid(0.0))
dtanh = 1 - np.tanh(0.5) ** 2
add("3e", "activation derivatives", "vector", r4([dsig, dtanh]), tolerance=0.001)

# Problem 4: sequence models and attention
def lstm_params(i, hdim, layers):
    tot = 0
    for l in range(layers):
        inp = i if l == 0 else hdim
        tot += 4 * hdim * (inp + hdim) + 2 * 4 * hdim
    return tot


add("4a", "LSTM parameter count", "integer", lstm_params(128, 256, 2))
add("4b", "GRU parameter count", "integer", 3 * 32 * (64 + 32) + 2 * 3 * 32)
E = 512
add("4c", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)
Q = np.array([[1, 0], [0, 1]], dtype=float)
K = np.array([[1, 0], [0, 1], [1, 1]], dtype=float)
V = np.array([[1, 2], [3, 4], [5, 6]], dtype=float)
S = Q @ K.T / np.sqrt(2)
A = np.exp(S - S.max(axis=1, keepdims=True))
A /= A.sum(axis=1, keepdims=True)
add("4d", "scaled dot-product attention", "matrix", r4m(A @ V), tolerance=0.001)
skip("4e", "explain in words")

out = {"set": "optim-md", "source": "problems.md", "parts": parts}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False)
