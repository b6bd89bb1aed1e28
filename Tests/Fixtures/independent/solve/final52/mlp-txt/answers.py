"""Recompute every answer of mlp-txt/problems.txt and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []
TOL = 0.001


def r(v, nd=4):
    v = round(float(v), nd) + 0.0
    return int(v) if v.is_integer() else v


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nocomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


sig = lambda t: 1 / (1 + np.exp(-t))

# Q1
add("1a", "sigmoid", "real", r(sig(0.8)), TOL)
add("1b", "sigmoid derivative", "real", r(sig(0.8) * (1 - sig(0.8))), TOL)
add("1c", "tanh derivative", "real", r(1 - np.tanh(0.5) ** 2), TOL)
add("1d", "ReLU", "vector", [r(t) for t in np.maximum(0, np.array([-2, 0.5, 3]))])
add("1e", "ELU", "real", r(1.0 * (np.exp(-1.0) - 1)), TOL)

# Q2
W1 = np.array([[1, 0.5], [-1, 2], [0, 1]]); b1 = np.array([0., 1., -1.])
W2 = np.array([[1., -1., 2.]]); b2 = np.array([0.5])
x = np.array([2., 1.]); y = 3.0
z1 = W1 @ x + b1
h = np.maximum(0, z1)
yhat = (W2 @ h + b2)[0]
L = (yhat - y) ** 2
dy = 2 * (yhat - y)
dW2 = dy * h
dh = dy * W2[0]
db1 = dh * (z1 > 0)
add("2a", "MLP pre-activation", "vector", [r(t) for t in z1])
add("2b", "MLP forward output", "real", r(yhat), TOL)
add("2c", "squared error loss", "real", r(L), TOL)
add("2d", "MLP weight gradient", "vector", [r(t) for t in dW2])
add("2e", "MLP bias gradient", "vector", [r(t) for t in db1])
add("2f", "MLP parameter count", "integer", W1.size + b1.size + W2.size + b2.size)

# Q3
X, Y, Z = 3.0, -1.0, 5.0
q = X * Y; rr = q + Z; f = rr ** 2
df_dr = 2 * rr
add("3a", "computational graph forward", "integer", r(f))
add("3b", "backprop through a small graph", "vector", [r(df_dr * Y), r(df_dr * X), r(df_dr)])
nocomp("3c", "sketch / draw the graph")

# Q4
add("4a", "binary cross-entropy", "real", r(-np.log(0.8)), TOL)
pred = np.array([1., 2., 3.]); tgt = np.array([1., 0., 5.])
add("4b", "mean squared error", "real", r(np.mean((pred - tgt) ** 2)), TOL)
add("4c", "binary cross-entropy", "real", r(-np.log(1 - 0.8)), TOL)

# Q5
xs = np.array([3., 1., 0., -2., 4., 1.]); w = np.array([1., 0., -1.])
def corr1d(a, k, s=1, p=0):
    a = np.pad(a, p)
    n = (len(a) - len(k)) // s + 1
    return np.array([a[i * s:i * s + len(k)] @ k for i in range(n)])
add("5a", "1D cross-correlation", "vector", [r(t) for t in corr1d(xs, w)])
add("5b", "1D cross-correlation (padding, stride)", "vector", [r(t) for t in corr1d(xs, w, 2, 1)])
nocomp("5c", "ambiguous: 'convolution' is not defined in this set; flipped kernel gives "
       "[-3, -3, 4, 3], cross-correlation gives [3, 3, -4, -3]")
add("5d", "conv1d parameter count", "integer", 16 * 32 * 5 + 32)
add("5e", "conv output length (stride, dilation)", "integer", (100 - 2 * (5 - 1) - 1) // 2 + 1)

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "mlp-txt", "source": "problems.txt", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
