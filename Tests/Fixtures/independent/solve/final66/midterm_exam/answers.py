"""Recompute every answer of the midterm exam and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    d["answer"] = answer
    if tol is not None:
        d["tolerance"] = tol
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(v, n=4):
    return np.round(np.asarray(v, dtype=float), n) + 0.0


sig = lambda z: 1.0 / (1.0 + np.exp(-z))

# ---- Question 1: MLP
x = np.array([1.0, -2.0])
W1 = np.array([[1.0, 0.0], [2.0, 1.0], [-1.0, 1.0]])
b1 = np.array([0.0, 1.0, 1.0])
w2 = np.array([1.0, -1.0, 2.0])
b2 = -0.5
y = 1.0
a = W1 @ x + b1
h = np.maximum(a, 0)
z = w2 @ h + b2
yhat = sig(z)
L = -(y * np.log(yhat) + (1 - y) * np.log(1 - yhat))
dz = yhat - y
dw2 = dz * h
da = dz * w2 * (a > 0)
dW1 = np.outer(da, x)
add("1a", "MLP forward pre-activation", "vector", r(a))
add("1b", "MLP forward sigmoid output", "real", float(r(yhat)), 1e-3)
add("1c", "binary cross-entropy", "real", float(r(L)), 1e-3)
add("1d", "backprop sigmoid+BCE", "real", float(r(dz)), 1e-3)
add("1e", "backprop output weights", "vector", r(dw2), 1e-3)
add("1f", "backprop hidden weights", "matrix", r(dW1), 1e-3)
nc("1g", "explain in words (dead ReLU)")

# ---- Question 2: cross-entropy
p = 0.8
add("2a", "binary cross-entropy", "real", float(r(-np.log(1 - p))), 1e-3)
zz = np.array([2.0, 1.0, -1.0, 0.0])
pp = np.exp(zz - zz.max()); pp /= pp.sum()
t = 2  # fox
add("2b", "softmax", "vector", r(pp), 1e-3)
add("2c", "multiclass cross-entropy", "real", float(r(-np.log(pp[t]))), 1e-3)
g = pp.copy(); g[t] -= 1
add("2d", "softmax cross-entropy gradient", "vector", r(g), 1e-3)
z5 = zz + 5
p5 = np.exp(z5 - z5.max()); p5 /= p5.sum()
same = np.isclose(-np.log(p5[t]), -np.log(pp[t]))
add("2e", "softmax shift invariance", "choice", "C" if same else "?")

# ---- Question 3: CNN
def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

H = 64
c1 = conv_out(H, 5, 1, 2)
p1 = conv_out(c1, 2, 2)
c2 = conv_out(p1, 3, 2, 1)
c3 = conv_out(c2, 3, 1, 1, 2)
p2 = conv_out(c3, 2, 2)
assert p2 == 7
add("3a", "conv output shape", "shape", [32, c1, c1], layout="CHW")
add("3b", "conv/pool output shape (dilation)", "shape", [64, p2, p2], layout="CHW")
conv_params = lambda cin, cout, k: cout * cin * k * k + cout
P1 = conv_params(3, 32, 5)
P2 = conv_params(32, 64, 3)
P3 = conv_params(64, 64, 3)
Pfc = 64 * 7 * 7 * 10 + 10
add("3c", "conv parameter count", "integer", int(P2))
add("3d", "network parameter count", "integer", int(P1 + P2 + P3 + Pfc))
add("3e", "conv MACs", "integer", int(32 * c1 * c1 * 3 * 5 * 5))
nc("3f", "discuss advantages/disadvantages")

# ---- Question 4: pooling, receptive fields
X = np.array([[1, 3, 2, 0], [4, 6, 1, 5], [0, 2, 7, 3], [8, 1, 4, 2]], dtype=float)

def pool(X, k, s, f):
    n = (X.shape[0] - k) // s + 1
    return np.array([[f(X[i*s:i*s+k, j*s:j*s+k]) for j in range(n)] for i in range(n)])

add("4a", "max pooling", "matrix", pool(X, 2, 2, np.max))
add("4b", "average pooling", "matrix", r(pool(X, 2, 1, np.mean)), 1e-3)

def rf(layers):
    rr, j = 1, 1
    for k, s, d in layers:
        rr += (d * (k - 1)) * j
        j *= s
    return rr

add("4c", "receptive field", "integer", rf([(3, 1, 1)] * 3))
add("4d", "receptive field (stride, pooling, dilation)", "integer",
    rf([(5, 1, 1), (2, 2, 1), (3, 2, 1), (3, 1, 2)]))

out = {"set": "midterm_exam", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None)
