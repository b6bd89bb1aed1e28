"""Recompute every computable answer of normalization-losses-hw4 and write expected.yaml."""
import numpy as np
import yaml


def r(v, nd=4):
    a = np.asarray(v, float)
    if a.ndim == 0:
        f = float(a)
        return int(round(f)) if abs(f - round(f)) < 1e-12 else round(f, nd)
    return [r(e, nd) for e in a]


def bn_forward(x, gamma, beta, eps=0.0):
    x = np.asarray(x, float)
    mu = x.mean()
    var = x.var()                      # biased (1/m)
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, mu, var


def bn_backward(dy, x, gamma, eps=0.0):
    x = np.asarray(x, float); dy = np.asarray(dy, float)
    m = len(x)
    _, xhat, mu, var = bn_forward(x, gamma, 0.0, eps)
    dxhat = dy * gamma
    dx = (1.0 / m) / np.sqrt(var + eps) * (m * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat))
    dgamma = np.sum(dy * xhat)
    dbeta = np.sum(dy)
    return dx, dgamma, dbeta


def numgrad(f, x, h=1e-6):
    x = np.asarray(x, float)
    g = np.zeros_like(x)
    for i in range(len(x)):
        e = np.zeros_like(x); e[i] = h
        g[i] = (f(x + e) - f(x - e)) / (2 * h)
    return g


def softmax(z):
    z = np.asarray(z, float)
    e = np.exp(z - z.max())
    return e / e.sum()


sigmoid = lambda z: 1.0 / (1.0 + np.exp(-np.asarray(z, float)))

parts = []
def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)

def noc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

T = 0.001
# ---------------- Problem 1 ----------------
x = np.array([2, 4, 6, 12], float)
gamma, beta = 2.0, -1.0
y, xhat, mu, var = bn_forward(x, gamma, beta)
add("1a", "batch norm statistics", "vector", r([mu, var]), tolerance=T)
add("1b", "batch norm normalized values", "vector", r(xhat), tolerance=T)
add("1c", "batch norm output", "vector", r(y), tolerance=T)
dy = np.array([1, 0, -1, 2], float)
dx, dgamma, dbeta = bn_backward(dy, x, gamma)
# finite-difference checks
assert np.allclose(dx, numgrad(lambda v: np.dot(dy, bn_forward(v, gamma, beta)[0]), x), atol=1e-5)
assert np.isclose(dgamma, (np.dot(dy, bn_forward(x, gamma + 1e-6, beta)[0]) - np.dot(dy, bn_forward(x, gamma - 1e-6, beta)[0])) / 2e-6, atol=1e-5)
add("1d", "batch norm parameter gradients", "vector", r([dgamma, dbeta]), tolerance=T)
add("1e", "batch norm input gradient", "vector", r(dx), tolerance=T)
# single example, eps = 1e-5
x1 = np.array([3.0])
y1 = bn_forward(x1, gamma, beta, eps=1e-5)[0]
add("1f", "batch norm output (batch of one)", "real", r(y1[0]), tolerance=T)
dx1 = bn_backward(np.array([5.0]), x1, gamma, eps=1e-5)[0]
add("1g", "batch norm input gradient (batch of one)", "real", r(dx1[0]), tolerance=T)
h = np.array([1, 3, 5, 7], float)
ln = (h - h.mean()) / np.sqrt(h.var())   # gamma = 1, beta = 0, eps = 0
add("1h", "layer norm output", "vector", r(ln), tolerance=T)

# ---------------- Problem 2 ----------------
p = 0.2
add("2a", "inverted dropout scaling", "real", r(3.0 / (1 - p)), tolerance=T)
hv = np.array([0.5, -1, 2, 4, 1.5])
mask = np.array([1, 0, 1, 1, 0], float)
add("2b", "inverted dropout output", "vector", r(hv * mask / (1 - 0.4)), tolerance=T)
q = 0.6
add("2c", "classic dropout test-time output", "vector", r(hv * q), tolerance=T)
a = 2.0
vals = np.array([a / (1 - p), 0.0]); probs = np.array([1 - p, p])
mean = np.dot(vals, probs)
add("2d", "dropout output variance", "real", r(np.dot(probs, (vals - mean) ** 2)), tolerance=T)

# ---------------- Problem 3 ----------------
z = np.array([-2, 0, 1.5])
s = sigmoid(z)
add("3a", "sigmoid", "vector", r(s), tolerance=T)
add("3b", "sigmoid derivative", "vector", r(s * (1 - s)), tolerance=T)
add("3c", "tanh derivative", "vector", r(1 - np.tanh(z) ** 2), tolerance=T)

# ---------------- Problem 4 ----------------
zl = np.array([2.0, 1.0, -1.0])
pr = softmax(zl)
add("4a", "softmax", "vector", r(pr), tolerance=T)
add("4b", "cross-entropy loss", "real", r(-np.log(pr[0])), tolerance=T)
onehot = np.array([1.0, 0, 0])
g = pr - onehot
assert np.allclose(g, numgrad(lambda v: -np.log(softmax(v)[0]), zl), atol=1e-6)
add("4c", "cross-entropy gradient wrt logits", "vector", r(g), tolerance=T)
add("4d", "softmax with temperature", "vector", r(softmax(zl / 2.0)), tolerance=T)
yc = 1  # class 2, zero-based index 1
add("4e", "multiclass hinge loss", "real", r(sum(max(0.0, zl[j] - zl[yc] + 1) for j in range(3) if j != yc)), tolerance=T)
pred = np.array([0.5, 1.5, 2.0]); tgt = np.ones(3)
add("4f", "mean squared error", "real", r(np.mean((pred - tgt) ** 2)), tolerance=T)
noc("4g", "prove and explain")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "normalization-losses-hw4", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
print(open("expected.yaml").read())
