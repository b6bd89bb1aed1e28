#!/usr/bin/env python3
"""Recompute every answer of Problem Sheet 2 (mlp-backprop-txt) and write expected.yaml."""
import os
import numpy as np
import yaml


def _clean(v):
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return [_clean(x) for x in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return round(float(v), 9) + 0.0  # no -0.0
    return v


def write_yaml(set_name, source, parts):
    out = {"set": set_name, "source": source, "parts": []}
    for p in parts:
        q = {k: (_clean(p[k]) if k == "answer" else p[k])
             for k in ("id", "computable", "family", "answer_kind", "answer", "layout",
                       "tolerance", "why") if k in p}
        out["parts"].append(q)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "expected.yaml"), "w") as fh:
        yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None, width=100)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


parts = []
TOL = 0.001

# ---------------- Problem 1 ----------------
z = np.array([-1.0, 0.0, 2.0])
s = sigmoid(z)
ds = s * (1 - s)
dtanh = 1 - np.tanh(0.5) ** 2
zl = np.array([-3.0, 0.5, -0.2, 4.0])
leaky = np.where(zl > 0, zl, 0.01 * zl)
parts += [
    dict(id="1a", computable=True, family="sigmoid", answer_kind="vector", answer=s,
         tolerance=TOL),
    dict(id="1b", computable=True, family="sigmoid derivative", answer_kind="vector",
         answer=ds, tolerance=TOL),
    dict(id="1c", computable=True, family="tanh derivative", answer_kind="real", answer=dtanh,
         tolerance=TOL),
    dict(id="1d", computable=True, family="leaky ReLU", answer_kind="vector", answer=leaky,
         tolerance=0.0001),
    dict(id="1e", computable=False,
         why="ambiguous: ReLU is not differentiable at 0; the value (0, 1 or any subgradient "
             "in [0, 1]) depends on a convention the sheet does not fix"),
]

# ---------------- Problem 2 ----------------
W1 = np.array([[1., 2.], [0., -1.], [3., 1.]])
b1 = np.array([0., 1., -2.])
w2 = np.array([1., -1., 2.])
b2 = 0.5
x = np.array([1., -2.])
y = 1.0
pre = W1 @ x + b1
assert np.all(pre != 0)            # no unit sits exactly at the ReLU kink
h = np.maximum(pre, 0)
yhat = sigmoid(w2 @ h + b2)
L = -(y * np.log(yhat) + (1 - y) * np.log(1 - yhat))
dout = yhat - y                     # dL/d(pre-sigmoid)
db2 = dout
dw2 = dout * h
db1 = dout * w2 * (pre > 0)
n_params = W1.size + b1.size + w2.size + 1
parts += [
    dict(id="2a", computable=True, family="MLP hidden activations", answer_kind="vector",
         answer=h),
    dict(id="2b", computable=True, family="MLP forward output", answer_kind="real",
         answer=yhat, tolerance=TOL),
    dict(id="2c", computable=True, family="binary cross-entropy", answer_kind="real", answer=L,
         tolerance=TOL),
    dict(id="2d", computable=True, family="MLP backprop output bias", answer_kind="real",
         answer=db2, tolerance=TOL),
    dict(id="2e", computable=True, family="MLP backprop output weights", answer_kind="vector",
         answer=dw2, tolerance=TOL),
    dict(id="2f", computable=True, family="MLP backprop hidden bias", answer_kind="vector",
         answer=db1, tolerance=TOL),
    dict(id="2g", computable=True, family="MLP parameter count", answer_kind="integer",
         answer=n_params),
]

# ---------------- Problem 3 ----------------
def graph(x, y, z):
    a = x * y
    b = max(a, z)
    f = b ** 2 + x
    # backward
    df_db = 2 * b
    da = df_db if a > z else 0.0
    dz = df_db if z > a else 0.0
    assert a != z
    dx = 1.0 + da * y
    dy = da * x
    return f, np.array([dx, dy, dz])


f1, g1 = graph(3., -1., 2.)
f2, g2 = graph(3., 1., 2.)
# numerical check
for pt, g in (((3., -1., 2.), g1), ((3., 1., 2.), g2)):
    num = [(graph(*(np.array(pt) + 1e-6 * e))[0] - graph(*(np.array(pt) - 1e-6 * e))[0]) / 2e-6
           for e in np.eye(3)]
    assert np.allclose(num, g, atol=1e-5)
parts += [
    dict(id="3a", computable=True, family="computational graph forward", answer_kind="real",
         answer=f1),
    dict(id="3b", computable=True, family="backprop tiny graph (max gate)",
         answer_kind="vector", answer=g1),
    dict(id="3c", computable=True, family="backprop tiny graph (max gate)",
         answer_kind="vector", answer=g2),
]

# ---------------- Problem 4 ----------------
yt = np.array([2.0, -1.0, 0.5])
yp = np.array([1.5, 0.0, 0.5])
r = yp - yt
mse = np.mean(r ** 2)
mae = np.mean(np.abs(r))
delta = 1.0
huber = np.mean(np.where(np.abs(r) <= delta, 0.5 * r ** 2, delta * (np.abs(r) - 0.5 * delta)))
scores = np.array([2.5, 3.0, -0.5]); true = 0   # cat
hinge = sum(max(0.0, scores[j] - scores[true] + 1) for j in range(3) if j != true)
parts += [
    dict(id="4a", computable=True, family="mean squared error", answer_kind="real", answer=mse,
         tolerance=TOL),
    dict(id="4b", computable=True, family="mean absolute error", answer_kind="real", answer=mae,
         tolerance=TOL),
    dict(id="4c", computable=True, family="Huber loss", answer_kind="real", answer=huber,
         tolerance=TOL),
    dict(id="4d", computable=True, family="multiclass hinge loss", answer_kind="real",
         answer=hinge, tolerance=TOL),
    dict(id="4e", computable=False, why="explain in words"),
]

# ---------------- Problem 5 ----------------
lr_step = 0.1 * 0.1 ** (65 // 30)
lr_cos = 0.0 + (0.1 - 0.0) * (1 + np.cos(np.pi * 25 / 100)) / 2
lr_warm = 3e-4 * 500 / 2000
parts += [
    dict(id="5a", computable=True, family="step learning-rate schedule", answer_kind="real",
         answer=lr_step, tolerance=1e-6),
    dict(id="5b", computable=True, family="cosine learning-rate schedule", answer_kind="real",
         answer=lr_cos, tolerance=0.0001),
    dict(id="5c", computable=True, family="linear warm-up schedule", answer_kind="real",
         answer=lr_warm, tolerance=1e-7),
]

if __name__ == "__main__":
    write_yaml("mlp-backprop-txt", "problems.txt", parts)
