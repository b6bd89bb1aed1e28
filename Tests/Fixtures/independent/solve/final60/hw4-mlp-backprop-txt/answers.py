"""Recompute every answer of hw4-mlp-backprop-txt and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def r4(a):
    a = np.asarray(a, float)
    return float(np.round(a, 4)) if a.ndim == 0 else np.round(a, 4).tolist()


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


sig = lambda t: 1 / (1 + np.exp(-t))

# ---- Question 1 ----
W1 = np.array([[1, -1], [2, 0], [0, 1]], float)
b1 = np.array([0, -5, 1], float)
W2 = np.array([1, -2, 1], float)
b2 = 0.5
x = np.array([2, 1], float)
z1 = W1 @ x + b1
add("1a", "MLP pre-activation", "vector", z1.tolist())
h = np.maximum(0, z1)
add("1b", "MLP hidden (ReLU)", "vector", h.tolist())
yhat = W2 @ h + b2
add("1c", "MLP forward output", "real", float(yhat))
add("1d", "MLP forward output (sigmoid)", "real", r4(W2 @ sig(z1) + b2), tol=1e-3)
add("1e", "squared-error loss", "real", float(0.5 * (yhat - 3) ** 2))

# ---- Question 2 ----
def graph(x, y, z):
    u = x * y
    v = u + z
    s = max(0.0, z - x)
    f = v * s
    ds = 1.0 if z - x > 0 else 0.0
    # backprop
    df_dv, df_ds = s, v
    df_du = df_dv
    dx = df_du * y + df_ds * ds * (-1)
    dy = df_du * x
    dz = df_dv + df_ds * ds
    return f, [dx, dy, dz]


f, g = graph(2.0, -1.0, 5.0)
add("2a", "computational graph forward", "real", f)
add("2b", "backprop through a small graph", "vector", g)
eps = 1e-6
num = [(graph(2 + eps, -1, 5)[0] - graph(2 - eps, -1, 5)[0]) / (2 * eps)]
assert abs(num[0] - g[0]) < 1e-5
add("2c", "backprop through a small graph", "vector", graph(1.0, -1.0, 5.0)[1])
nc("2d", "explain in words")

# ---- Question 3 ----
add("3a", "sigmoid derivative", "real", float(sig(0) * (1 - sig(0))))
add("3b", "tanh derivative", "real", r4(1 - np.tanh(1) ** 2), tol=1e-3)
add("3c", "softplus derivative", "real", float(sig(0.0)))
ts = np.linspace(-20, 20, 400001)
add("3d", "sigmoid derivative bound (true/false)", "boolean", bool(np.all(sig(ts) * (1 - sig(ts)) <= 0.25 + 1e-15)))

# ---- Question 4 ----
xb = np.array([1, 2, 4, 5], float)
gam, bet = 2.0, 1.0
mu, var = xb.mean(), xb.var()
add("4a", "batch norm statistics", "vector", [float(mu), float(var)])
xh = (xb - mu) / np.sqrt(var)
add("4b", "batch norm forward", "vector", r4(gam * xh + bet), tol=1e-3)
xh_u = (xb - mu) / np.sqrt(xb.var(ddof=1))
add("4c", "batch norm forward (unbiased variance)", "vector", r4(gam * xh_u + bet), tol=1e-3)
dy = np.array([1, 0, 0, -1], float)
dxh = dy * gam
dx = (dxh - dxh.mean() - xh * np.mean(dxh * xh)) / np.sqrt(var)
# check against finite differences
def bn_loss(v):
    m, s2 = v.mean(), v.var()
    return np.sum(dy * (gam * (v - m) / np.sqrt(s2) + bet))
fd = np.array([(bn_loss(xb + e) - bn_loss(xb - e)) / 2e-6 for e in np.eye(4) * 1e-6])
assert np.allclose(fd, dx, atol=1e-5)
add("4d", "batch norm input gradient", "vector", r4(dx), tol=1e-3)
add("4e", "batch norm parameter gradients", "vector", r4([np.sum(dy * xh), np.sum(dy)]), tol=1e-3)
x1 = np.array([3.0])
y1 = gam * (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-5) + bet
add("4f", "batch norm forward (batch of one)", "real", float(y1[0]))
# gradient through a batch of one: xhat is identically 0, so dL/dx = 0
dxh1 = np.array([1.0]) * gam
xh1 = (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-5)
dx1 = (dxh1 - dxh1.mean() - xh1 * np.mean(dxh1 * xh1)) / np.sqrt(x1.var() + 1e-5)
add("4g", "batch norm gradient (batch of one)", "real", float(dx1[0]) + 0.0)
nc("4h", "discuss")

with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": "hw4-mlp-backprop-txt", "source": "problems.txt", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=120)
