"""Recompute every computable answer of midterm-norm-exam and write expected.yaml."""
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 1e-3


def py(v):
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = round(float(v), 6)
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


parts = []


def add(pid, **kw):
    d = {"id": pid}
    d.update(kw)
    if "answer" in d:
        d["answer"] = py(d["answer"])
    parts.append(d)


# ---------------- Question 1: batch norm ----------------
x = np.array([2, 4, 6, 8], dtype=float)
gamma, beta, eps = 2.0, 1.0, 0.0
m = len(x)
mu = x.mean()
var = x.var()  # biased
add("1a", computable=True, family="batch norm statistics", answer_kind="vector",
    answer=[mu, var], tolerance=TOL)
sigma = np.sqrt(var + eps)
xhat = (x - mu) / sigma
y = gamma * xhat + beta
add("1b", computable=True, family="batch norm forward", answer_kind="vector", answer=y,
    tolerance=TOL)
dy = np.array([1, 0, 0, -1], dtype=float)
dgamma = np.sum(dy * xhat)
dbeta = np.sum(dy)
add("1c.i", computable=True, family="batch norm gradient (gamma)", answer_kind="real",
    answer=dgamma, tolerance=TOL)
add("1c.ii", computable=True, family="batch norm gradient (beta)", answer_kind="real",
    answer=dbeta, tolerance=TOL)
dxhat = dy * gamma
dx = (1.0 / (m * sigma)) * (m * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat))


# numerical check of dx by finite differences on L = sum(dy * y(x))
def bn_out(xx):
    s = np.sqrt(xx.var() + eps)
    return gamma * (xx - xx.mean()) / s + beta


num = np.zeros(m)
h = 1e-6
for i in range(m):
    e = np.zeros(m)
    e[i] = h
    num[i] = (np.sum(dy * bn_out(x + e)) - np.sum(dy * bn_out(x - e))) / (2 * h)
assert np.allclose(num, dx, atol=1e-5), (num, dx)
add("1d", computable=True, family="batch norm backward (input gradient)", answer_kind="vector",
    answer=dx, tolerance=TOL)
mu_run, var_run = 4.0, 4.0
y_eval = gamma * (6 - mu_run) / np.sqrt(var_run + eps) + beta
add("1e", computable=True, family="batch norm inference", answer_kind="real", answer=y_eval,
    tolerance=TOL)
# batch of one: x - mean = 0, so xhat = 0 and output = beta
x1 = np.array([3.7])
y1 = gamma * (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-5) + beta
add("1f", computable=True, family="batch norm with a single example", answer_kind="real",
    answer=y1[0], tolerance=TOL)

# ---------------- Question 2: layer norm ----------------
hv = np.array([1, 3, 5, 7], dtype=float)
ln = (hv - hv.mean()) / np.sqrt(hv.var())
add("2a", computable=True, family="layer norm forward", answer_kind="vector", answer=ln,
    tolerance=TOL)
hv10 = 10 * hv
ln10 = (hv10 - hv10.mean()) / np.sqrt(hv10.var())
add("2b", computable=True, family="layer norm scale invariance", answer_kind="boolean",
    answer=bool(np.allclose(ln, ln10)))
add("2c", computable=True, family="layer norm parameter count", answer_kind="integer",
    answer=2 * 512)
add("2d", computable=False, why="explain in words (layer norm vs batch norm)")

# ---------------- Question 3: dropout ----------------
a = np.array([2.0, -1.0, 0.5, 3.0])
p = 0.25
mask = np.array([1, 1, 0, 1], dtype=float)
add("3a", computable=True, family="inverted dropout (training)", answer_kind="vector",
    answer=a * mask / (1 - p), tolerance=TOL)
add("3b", computable=True, family="classic dropout (test-time scaling)", answer_kind="vector",
    answer=a * (1 - p), tolerance=TOL)
# expectation of inverted dropout output: E[m]/(1-p) * a = a
ai = 1.7
expect = (1 - p) * ai / (1 - p) + p * 0
opts = {"A": (1 - p) * ai, "B": ai, "C": ai / (1 - p), "D": p * ai}
choice = [k for k, v in opts.items() if abs(v - expect) < 1e-12]
assert len(choice) == 1
add("3c", computable=True, family="dropout expectation", answer_kind="choice", answer=choice[0])

# ---------------- Question 4: activations and losses ----------------
z = np.array([2.0, 1.0, -1.0])
yidx = 1  # class 2, zero-based index 1
pz = np.exp(z - z.max())
pz /= pz.sum()
add("4a", computable=True, family="softmax", answer_kind="vector", answer=pz, tolerance=TOL)
ce = -np.log(pz[yidx])
add("4b", computable=True, family="cross-entropy loss", answer_kind="real", answer=ce,
    tolerance=TOL)
onehot = np.zeros(3)
onehot[yidx] = 1
add("4c", computable=True, family="cross-entropy gradient wrt logits", answer_kind="vector",
    answer=pz - onehot, tolerance=TOL)
hinge = sum(max(0.0, z[j] - z[yidx] + 1) for j in range(3) if j != yidx)
add("4d", computable=True, family="multiclass hinge loss", answer_kind="real", answer=hinge,
    tolerance=TOL)
sig = 1 / (1 + np.exp(1.0))
add("4e", computable=True, family="sigmoid derivative", answer_kind="real",
    answer=sig * (1 - sig), tolerance=TOL)
xq = -2.0
derivs = {"A": 1 - np.tanh(xq) ** 2,
          "B": (1 / (1 + np.exp(-xq))) * (1 - 1 / (1 + np.exp(-xq))),
          "C": 1.0 if xq > 0 else 0.0,
          "D": 1.0 if xq > 0 else 0.01}
zero = [k for k, v in derivs.items() if v == 0.0]
assert len(zero) == 1
add("4f", computable=True, family="activation derivatives", answer_kind="choice", answer=zero[0])
pred = np.array([1.5, 2.0, 0.0])
targ = np.array([1.0, 3.0, 0.0])
add("4g", computable=True, family="mean squared error", answer_kind="real",
    answer=np.mean((pred - targ) ** 2), tolerance=TOL)
add("4h", computable=False, why="explain in words (numerical stability of fused softmax/CE)")

out = {"set": "midterm-norm-exam", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
