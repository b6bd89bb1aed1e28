"""Expected answers for ps4_normalization. Run: python3 answers.py (writes expected.yaml)."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def r(a, n=4):
    a = np.round(np.asarray(a, dtype=float), n) + 0.0
    return a.tolist() if a.ndim else float(a)


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, np.sqrt(var + eps)


def bn_backward(g, xhat, std, gamma):
    n = len(g)
    dxhat = g * gamma
    return (n * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum()) / (n * std)


# ---------------- Problem 1 ----------------
x = np.array([2, 4, 4, 10], float)
gamma, beta = 2.0, 0.5
add("1a.i", "batch norm mean", "real", r(x.mean()), tol=0.001)
add("1a.ii", "batch norm variance (biased)", "real", r(((x - x.mean()) ** 2).mean()), tol=0.001)
y, xhat, std = bn_forward(x, gamma, beta, 0.0)
add("1b", "batch norm forward", "vector", r(y), tol=0.001)
g = np.array([1, 0, 0, -1], float)
add("1c.i", "batch norm gradient (gamma)", "real", r((g * xhat).sum()), tol=0.001)
dx = bn_backward(g, xhat, std, gamma)
# finite-difference check of the analytic gradient
num = np.zeros(4)
for i in range(4):
    e = np.zeros(4); e[i] = 1e-6
    num[i] = (g @ bn_forward(x + e, gamma, beta, 0)[0] - g @ bn_forward(x - e, gamma, beta, 0)[0]) / 2e-6
assert np.allclose(num, dx, atol=1e-5), (num, dx)
add("1c.ii", "batch norm gradient (input)", "vector", r(dx), tol=0.001)
x1 = np.array([3.0])
y1, xhat1, std1 = bn_forward(x1, gamma, beta, 1e-5)
add("1d", "batch norm forward (batch of one)", "real", r(y1[0]), tol=0.001)
add("1e", "batch norm gradient (batch of one)", "real", r(bn_backward(np.array([7.0]), xhat1, std1, gamma)[0]), tol=0.001)

# ---------------- Problem 2 ----------------
sig = lambda t: 1 / (1 + np.exp(-t))
add("2a", "sigmoid", "real", r(sig(1.5)), tol=0.001)
add("2b", "sigmoid derivative", "real", r(sig(1.5) * (1 - sig(1.5))), tol=0.001)
add("2c", "tanh derivative", "real", r(1 - np.tanh(0.5) ** 2), tol=0.001)
z = np.array([2, 1, 0.1])
p = np.exp(z - z.max()); p /= p.sum()
add("2d", "softmax", "vector", r(p), tol=0.001)
add("2e", "cross-entropy loss", "real", r(-np.log(p[0])), tol=0.001)
onehot = np.array([1.0, 0, 0])
add("2f", "softmax cross-entropy gradient", "vector", r(p - onehot), tol=0.001)
s = np.array([3.2, 5.1, -1.7])
hinge = sum(max(0.0, s[j] - s[0] + 1.0) for j in range(3) if j != 0)
add("2g", "multiclass hinge loss", "real", r(hinge), tol=0.001)
add("2h", why="discuss (softmax + cross-entropy vs sigmoid + squared error)")

# ---------------- Problem 3 ----------------
W1 = np.array([[1, -1], [2, 0.5]])
b1 = np.array([0, -1.0])
w2 = np.array([1, -2.0])
b2 = 0.5
xv = np.array([1, 2.0])
t = 1.0
a1 = W1 @ xv + b1
h = np.maximum(a1, 0)
yhat = w2 @ h + b2
L = 0.5 * (yhat - t) ** 2
add("3a", "MLP forward (pre-activations)", "vector", r(a1))
add("3b", "MLP forward (output)", "real", r(yhat), tol=0.001)
add("3c", "MSE loss", "real", r(L), tol=0.001)
dy = yhat - t
add("3d", "backprop (output weights)", "vector", r(dy * h))
delta = dy * w2 * (a1 > 0)
add("3e", "backprop (first-layer weights)", "matrix", r(np.outer(delta, xv)))

# ---------------- Problem 4 ----------------
v = np.array([1, 2, 3, 6.0])
add("4a", "layer norm forward", "vector", r((v - v.mean()) / np.sqrt(((v - v.mean()) ** 2).mean())), tol=0.001)
add("4b", why="ambiguous: p = 0.8 is not said to be the drop or the keep probability (400 vs 100 units)")

out = {"set": "ps4_normalization", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=1000)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=1000))
