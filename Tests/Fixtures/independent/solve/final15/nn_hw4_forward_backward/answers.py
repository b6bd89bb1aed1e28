"""Expected answers for nn_hw4_forward_backward (STAT 453 Homework 4).

Recomputes every answer from the numbers in problems.tex and writes expected.yaml.
Conventions stated in the set: biased variance, gamma=1, beta=0, eps=0 unless a part says
otherwise; natural log; answers rounded to 4 decimals.
"""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ND = 4
TOL = 1e-3


def r(v):
    if np.ndim(v) == 0:
        return round(float(v), ND)
    if np.ndim(v) == 1:
        return [round(float(t), ND) + 0.0 for t in v]
    return [[round(float(t), ND) + 0.0 for t in row] for row in v]


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def softmax(t):
    e = np.exp(t - np.max(t))
    return e / e.sum()


def bn_forward(x, gamma=1.0, beta=0.0, eps=0.0):
    mu = x.mean()
    var = x.var()  # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, var


def bn_backward(dy, x, gamma, eps=0.0):
    n = len(x)
    _, xhat, var = bn_forward(x, 1.0, 0.0, eps)
    dxhat = dy * gamma
    return (n * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat)) / (n * np.sqrt(var + eps))


parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Exercise 4.1 ----------------
X = np.array([[1, 2, 0], [3, 2, 4], [5, 2, 2], [-1, 2, 6]], float)
col1 = X[:, 0]
add("4.1a", "batch norm forward", "vector", r(bn_forward(col1)[0]), tolerance=TOL)
row1 = X[0]
add("4.1b", "layer norm forward", "vector", r((row1 - row1.mean()) / np.sqrt(row1.var())), tolerance=TOL)
add("4.1c", "batch norm forward (constant feature, eps)", "vector",
    r(bn_forward(X[:, 1], eps=1e-5)[0]), tolerance=TOL)
c = np.array([2, 0, 1, -1], float)
gamma, beta = 2.0, 0.5
_, xhat, _ = bn_forward(col1)
dgamma = np.sum(c * xhat)
add("4.1d", "batch norm gradient wrt gamma", "real", r(dgamma), tolerance=TOL)
dx = bn_backward(c, col1, gamma)
# finite-difference check of dx


def loss(x):
    return np.sum(c * bn_forward(x, gamma, beta)[0])


fd = np.array([(loss(col1 + 1e-6 * e) - loss(col1 - 1e-6 * e)) / 2e-6 for e in np.eye(4)])
assert np.allclose(fd, dx, atol=1e-5), (fd, dx)
add("4.1e", "batch norm gradient wrt input", "vector", r(dx), tolerance=TOL)
dx1 = bn_backward(np.array([4.0]), np.array([3.0]), 2.0, eps=1e-5)
add("4.1f", "batch norm gradient, batch of one", "real", r(dx1[0]), tolerance=TOL)
non("4.1g", "explain / discuss")

# ---------------- Exercise 4.2 ----------------
h = np.array([2.0, 0.5, -1.0, 4.0, 3.0])
p = 0.4
m = np.array([1, 0, 1, 1, 0], float)
add("4.2a", "inverted dropout forward (training)", "vector", r(h * m / (1 - p)), tolerance=TOL)
add("4.2b", "classic dropout forward (test time)", "vector", r(h * (1 - p)), tolerance=TOL)
# output = h4 * B / (1-p), B ~ Bernoulli(1-p): Var = h4^2 * p / (1-p)
add("4.2c", "inverted dropout variance", "real", r(h[3] ** 2 * (1 - p) * p / (1 - p) ** 2), tolerance=TOL)

# ---------------- Exercise 4.3 ----------------
z = np.array([2.0, -1.0, 0.5, 0.0])
y = 2  # third class, 0-based index
s = sigmoid(z)
add("4.3a", "sigmoid derivative", "vector", r(s * (1 - s)), tolerance=TOL)
sm = softmax(z)
add("4.3b", "softmax", "vector", r(sm), tolerance=TOL)
add("4.3c", "cross-entropy loss", "real", r(-np.log(sm[y])), tolerance=TOL)
add("4.3d", "cross-entropy gradient wrt logits", "vector", r(sm - np.eye(4)[y]), tolerance=TOL)
hinge = sum(max(0.0, z[j] - z[y] + 1.0) for j in range(4) if j != y)
add("4.3e", "multiclass hinge loss", "real", r(hinge), tolerance=TOL)
t = np.linspace(-3, 3, 13)
stmts = {
    "A": np.isclose(1 - np.tanh(0.0) ** 2, 0.25),
    "B": np.allclose(np.tanh(t), 2 * sigmoid(2 * t) - 1),
    "C": False,  # tanh is smooth everywhere
    "D": np.allclose(1 - np.tanh(t) ** 2, 1 + np.tanh(t) ** 2),
}
true_opts = [k for k, v in stmts.items() if v]
assert len(true_opts) == 1
add("4.3f", "tanh identities (multiple choice)", "choice", true_opts[0])

# ---------------- Exercise 4.4 ----------------
W1 = np.array([[1, 0.5], [-1, 2], [0, 1]])
b1 = np.array([0.0, 1.0, -2.0])
W2 = np.array([[1.0, -1.0, 2.0]])
b2 = 0.5
x = np.array([2.0, 1.0])
yt = 1.0
a = W1 @ x + b1
hh = np.maximum(a, 0)
yhat = (W2 @ hh)[0] + b2
L = 0.5 * (yhat - yt) ** 2
dyhat = yhat - yt
dW2 = dyhat * hh[None, :]
da = (dyhat * W2[0]) * (a > 0)
dxv = W1.T @ da
add("4.4a", "MLP forward (hidden activations)", "vector", r(hh), tolerance=TOL)
add("4.4b", "MLP forward (squared loss)", "real", r(L), tolerance=TOL)
add("4.4c", "backprop: weight gradient", "matrix", r(dW2), tolerance=TOL)
add("4.4d", "backprop: input gradient", "vector", r(dxv), tolerance=TOL)
non("4.4e", "explain / discuss")

# ---------------- Exercise 4.5 ----------------
u, v, w = 1.0, -2.0, 3.0
q = u * v + w
f = sigmoid(q)
dq = f * (1 - f)
add("4.5", "backprop through a tiny graph", "vector", r([dq * v, dq * u, dq]), tolerance=TOL)

out = {"set": "nn_hw4_forward_backward", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
