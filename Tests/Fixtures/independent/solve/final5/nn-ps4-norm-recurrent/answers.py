"""Recompute every numeric answer of Problem Set 4 and write expected.yaml."""
import numpy as np
import yaml

parts = []


def clean(v):
    if isinstance(v, np.ndarray):
        return clean(v.tolist())
    if isinstance(v, (list, tuple)):
        return [clean(e) for e in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = round(float(v), 6)
        return int(f) if f == int(f) and abs(f) < 1e12 else f
    return v


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


SET = "nn-ps4-norm-recurrent"


def bn_forward(x, gamma, beta, eps=0.0):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()          # biased variance
    xhat = (x - mu) / np.sqrt(var + eps)
    return xhat, gamma * xhat + beta


def bn_backward(x, gamma, dy, eps=0.0):
    xhat, _ = bn_forward(x, gamma, 0.0, eps)
    var = x.var()
    return gamma / np.sqrt(var + eps) * (dy - dy.mean() - xhat * (dy * xhat).mean())


def num_grad(f, x, h=1e-6):
    g = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e.flat[i] = h
        g.flat[i] = (f(x + e) - f(x - e)) / (2 * h)
    return g


# ---------------- Exercise 4.1: batch norm
x = np.array([1, 3, 4, 8], float)
gamma, beta = 2.0, 0.5
dy = np.array([1, -1, 0, 2], float)
xhat, y = bn_forward(x, gamma, beta)
add("4.1a", "batch norm forward (normalized)", "vector", xhat, tol=1e-3)
add("4.1b", "batch norm forward (output)", "vector", y, tol=1e-3)
dgamma = float(np.sum(dy * xhat))
assert np.isclose(dgamma, num_grad(lambda g: np.sum(dy * bn_forward(x, g[0], beta)[1]),
                                   np.array([gamma]))[0], atol=1e-5)
add("4.1c", "batch norm gradient wrt gamma", "real", dgamma, tol=1e-3)
dx = bn_backward(x, gamma, dy)
assert np.allclose(dx, num_grad(lambda z: np.sum(dy * bn_forward(z, gamma, beta)[1]), x), atol=1e-5)
add("4.1d", "batch norm gradient wrt input", "vector", dx, tol=1e-3)
x1 = np.array([5.0])
_, y1 = bn_forward(x1, gamma, beta, eps=1e-5)
add("4.1e", "batch norm single example", "real", y1[0], tol=1e-6)
dx1 = bn_backward(x1, gamma, np.array([3.0]), eps=1e-5)
add("4.1f", "batch norm gradient single example", "real", dx1[0], tol=1e-6)

# ---------------- Exercise 4.2: layer norm, dropout
h = np.array([1, 2, 3, 6], float)
ln = (h - h.mean()) / np.sqrt(h.var())
add("4.2a", "layer norm forward", "vector", ln, tol=1e-3)
p = 0.8
a = np.array([2.0, -1.0, 0.5, 3.0])
m = np.array([1, 0, 1, 1], float)
add("4.2b", "inverted dropout", "vector", a * m / p, tol=1e-4)
add("4.2c", "classic dropout test-time scaling", "vector", a * p, tol=1e-4)
q = 1 - 0.25                      # keep probability
act = 2.0
mean_out = q * (act / q)
var_out = q * (act / q) ** 2 - mean_out ** 2
add("4.2d", "inverted dropout variance", "real", var_out, tol=1e-3)
skip("4.2e", "explain in words")

# ---------------- Exercise 4.3: parameter counts (PyTorch conventions)
V, E, H = 10000, 256, 512


def rnn_params(gates, inp, hid, layers):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)   # W_ih, W_hh, b_ih, b_hh
    return total


add("4.3a.i", "embedding parameter count", "integer", V * E)
add("4.3a.ii", "LSTM parameter count", "integer", rnn_params(4, E, H, 2))
add("4.3a.iii", "linear parameter count", "integer", H * V + V)
add("4.3b", "GRU parameter count", "integer", rnn_params(3, E, H, 2))
cin, cout, k, groups = 64, 128, 3, 4
add("4.3c", "grouped conv parameter count", "integer", cout * (cin // groups) * k * k + cout)
d = 512
add("4.3d", "multi-head attention parameter count", "integer", 3 * d * d + 3 * d + d * d + d)

# ---------------- Exercise 4.4: MLP forward / backward
W1 = np.array([[1, 0], [-1, 2], [0.5, 1]])
b1 = np.array([0, -1, -1], float)
W2 = np.array([[1, -1, 2]], float)
b2 = 0.5
xv = np.array([2, 1], float)
yt = 1.0


def forward(W1, W2, xv):
    z1 = W1 @ xv + b1
    hh = np.maximum(z1, 0)
    yhat = (W2 @ hh)[0] + b2
    return z1, hh, yhat, 0.5 * (yhat - yt) ** 2


z1, hv, yhat, L = forward(W1, W2, xv)
add("4.4a", "MLP forward (hidden layer)", "vector", hv)
add("4.4b", "MLP loss", "real", L, tol=1e-4)
dyhat = yhat - yt
dW2 = dyhat * hv[None, :]
dz1 = (W2[0] * dyhat) * (z1 > 0)
dW1 = np.outer(dz1, xv)
dxv = W1.T @ dz1
assert np.allclose(dW2, num_grad(lambda W: forward(W1, W, xv)[3], W2), atol=1e-5)
assert np.allclose(dW1, num_grad(lambda W: forward(W, W2, xv)[3], W1), atol=1e-5)
assert np.allclose(dxv, num_grad(lambda v: forward(W1, W2, v)[3], xv), atol=1e-5)
add("4.4c", "backprop gradient wrt W2", "vector", dW2[0], tol=1e-4)
add("4.4d", "backprop gradient wrt W1", "matrix", dW1, tol=1e-4)
add("4.4e", "backprop gradient wrt input", "vector", dxv, tol=1e-4)

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": SET, "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
print(open("expected.yaml").read())
