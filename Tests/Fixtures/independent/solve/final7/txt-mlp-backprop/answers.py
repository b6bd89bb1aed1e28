"""Recompute every answer of txt-mlp-backprop/problems.txt and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class Flow(list):
    pass


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def py(v):
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return Flow(py(x) for x in v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        if abs(f - round(f)) < 1e-9:
            return int(round(f))
        return round(f, 4)
    return v


def add(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nonc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def sigmoid(t):
    return 1 / (1 + np.exp(-t))


TOL = 0.001

# ---------------- Q1 activations ----------------
add("1a", "sigmoid derivative", "real", sigmoid(0) * (1 - sigmoid(0)), tol=TOL)
add("1b", "tanh derivative", "real", 1 - math.tanh(0.5) ** 2, tol=TOL)
add("1c", "leaky ReLU", "real", -3 if -3 > 0 else 0.01 * -3, tol=TOL)
add("1d", "sigmoid", "real", sigmoid(2.0), tol=TOL)

# ---------------- Q2 MLP ----------------
x = np.array([1.0, -2.0])
W1 = np.array([[1.0, 2.0], [-1.0, 0.0], [0.5, -1.0]])
b1 = np.array([0.0, 2.0, 0.5])
w2 = np.array([1.0, -1.0, 2.0])
b2 = -4.0
y = 1.0
z1 = W1 @ x + b1
assert np.all(z1 != 0)  # ReLU'(0) never needed
h = np.maximum(z1, 0)
z2 = w2 @ h + b2
yh = sigmoid(z2)
L = -(y * math.log(yh) + (1 - y) * math.log(1 - yh))
add("2a", "MLP pre-activation", "vector", z1, tol=TOL)
add("2b", "MLP hidden activation", "vector", h, tol=TOL)
add("2c", "MLP forward output", "real", yh, tol=TOL)
add("2d", "binary cross-entropy", "real", L, tol=TOL)
dz2 = yh - y
add("2e", "backprop output gradient", "real", dz2, tol=TOL)
add("2f", "backprop weight gradient", "vector", dz2 * h, tol=TOL)
dz1 = dz2 * w2 * (z1 > 0)
dW1 = np.outer(dz1, x)


def loss_of_W1(W):
    hh = np.maximum(W @ x + b1, 0)
    p = sigmoid(w2 @ hh + b2)
    return -(y * math.log(p) + (1 - y) * math.log(1 - p))


num = np.zeros_like(W1)
for i in range(3):
    for j in range(2):
        E = np.zeros_like(W1); E[i, j] = 1e-6
        num[i, j] = (loss_of_W1(W1 + E) - loss_of_W1(W1 - E)) / 2e-6
assert np.allclose(num, dW1, atol=1e-6)
add("2g", "backprop weight gradient", "matrix", dW1, tol=TOL)

# ---------------- Q3 graph ----------------
f = lambda v: (v[0] * v[1] - v[2]) ** 2 + 3 * v[2]
p0 = np.array([2.0, -1.0, 1.0])
inner = p0[0] * p0[1] - p0[2]
grad = np.array([2 * inner * p0[1], 2 * inner * p0[0], -2 * inner + 3])
num = np.array([(f(p0 + e) - f(p0 - e)) / 2e-6 for e in np.eye(3) * 1e-6])
assert np.allclose(num, grad, atol=1e-5)
add("3a", "computational graph forward", "real", f(p0), tol=TOL)
add("3b", "backprop gradient", "vector", grad, tol=TOL)
add("3c", "gradient descent step", "real", f(p0 - 0.1 * grad), tol=TOL)

# ---------------- Q4 counting ----------------
sizes = [784, 256, 128, 10]
params = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))
macs = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
add("4a", "MLP parameter count", "integer", params)
add("4b", "MLP MACs", "integer", macs)
add("4c", "MLP FLOPs", "integer", 2 * 32 * macs)
nonc("4d", "ambiguous: an LSTM layer with no framework named; one or two bias vectors per gate "
           "(4*(20*10+20*20+20)=2480 vs PyTorch's 2560) is not fixed")

# ---------------- Q5 ----------------
nonc("5a", "ambiguous: 'convolve' with no stated convention; flipped vs unflipped kernel and "
           "full vs valid output are not fixed anywhere in the set")
fm = np.array([[[1, 0, 2], [3, 1, 0], [0, 2, 0]],
               [[4, 4, 4], [0, 2, 0], [1, 1, 2]]], float)
add("5b", "global average pooling", "vector", fm.mean(axis=(1, 2)), tol=TOL)
nonc("5c", "explain vanishing gradients")

doc = {"set": "txt-mlp-backprop", "source": "problems.txt", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f_:
    yaml.dump(doc, f_, Dumper=Dumper, sort_keys=False, default_flow_style=False)
print(open(os.path.join(HERE, "expected.yaml")).read())
