"""Recompute every answer of normprop-exercises-hw3 and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
class _Dumper(yaml.SafeDumper):
    pass


def _repr_list(dumper, data):
    flow = not any(isinstance(v, dict) for v in data)
    return dumper.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=flow)


_Dumper.add_representer(list, _repr_list)

parts = []
TOL = 0.001


def add(pid, **kw):
    parts.append(dict(id=pid, **kw))


def clean(a, nd=4):
    a = np.round(np.asarray(a, dtype=float), nd)
    def c(v):
        if isinstance(v, list):
            return [c(u) for u in v]
        v = float(v) + 0.0  # drop -0.0
        return int(v) if v.is_integer() else v
    return c(a.tolist())


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, float)))


def softmax(s):
    s = np.asarray(s, float)
    e = np.exp(s - s.max())
    return e / e.sum()


# ---------------- Exercise 3.1: batch norm, biased variance, eps = 0
x = np.array([2, 4, 6, 8], float)
gamma, beta = 2.0, 0.5
mu = x.mean()
var = ((x - mu) ** 2).mean()
sig = np.sqrt(var + 0.0)
xhat = (x - mu) / sig
y = gamma * xhat + beta
g = np.array([1, 0, -1, 2], float)
dgamma = float(np.sum(g * xhat))
dbeta = float(np.sum(g))
# full backward pass through mean and variance
m = len(x)
dxhat = g * gamma
dvar = np.sum(dxhat * (x - mu)) * -0.5 * var ** -1.5
dmu = np.sum(-dxhat / sig) + dvar * np.mean(-2 * (x - mu))
dx = dxhat / sig + dvar * 2 * (x - mu) / m + dmu / m
# cross-check against the compact formula
assert np.allclose(dx, gamma / sig * (g - g.mean() - xhat * np.mean(g * xhat)))
add('3.1a', computable=True, family='batch norm normalized values', answer_kind='vector',
    answer=clean(xhat), tolerance=TOL)
add('3.1b', computable=True, family='batch norm output', answer_kind='vector',
    answer=clean(y), tolerance=TOL)
add('3.1c', computable=True, family='batch norm gradient wrt gamma and beta', answer_kind='vector',
    answer=clean([dgamma, dbeta]), tolerance=TOL)
add('3.1d', computable=True, family='batch norm input gradient', answer_kind='vector',
    answer=clean(dx), tolerance=TOL)
# batch of one, eps = 1e-5
x1 = np.array([3.0])
eps = 1e-5
mu1 = x1.mean(); var1 = ((x1 - mu1) ** 2).mean()
xhat1 = (x1 - mu1) / np.sqrt(var1 + eps)
y1 = gamma * xhat1 + beta
g1 = np.array([1.7])  # arbitrary upstream gradient
dx1 = gamma / np.sqrt(var1 + eps) * (g1 - g1.mean() - xhat1 * np.mean(g1 * xhat1))
add('3.1e.i', computable=True, family='batch norm with a batch of one', answer_kind='real',
    answer=clean(y1[0]), tolerance=TOL)
add('3.1e.ii', computable=True, family='batch norm gradient with a batch of one', answer_kind='real',
    answer=clean(dx1[0]), tolerance=TOL)

# ---------------- Exercise 3.2: layer norm and parameter counts
h = np.array([1, -1, 3, 1], float)
ln = (h - h.mean()) / np.sqrt(h.var())
ln_unb = (h - h.mean()) / np.sqrt(h.var(ddof=1))
add('3.2a', computable=True, family='layer norm forward', answer_kind='vector',
    answer=clean(ln), tolerance=TOL)
add('3.2b', computable=True, family='layer norm forward (unbiased variance)', answer_kind='vector',
    answer=clean(ln_unb), tolerance=TOL)
add('3.2c', computable=True, family='layer norm parameter count', answer_kind='integer',
    answer=2 * 512)
add('3.2d', computable=True, family='batch norm parameter count', answer_kind='integer',
    answer=2 * 64)

# ---------------- Exercise 3.3: activations and dropout
z = np.array([-2, 0, 1.5])
sz = sigmoid(z)
add('3.3a', computable=True, family='sigmoid', answer_kind='vector', answer=clean(sz), tolerance=TOL)
add('3.3b', computable=True, family='sigmoid derivative', answer_kind='vector',
    answer=clean(sz * (1 - sz)), tolerance=TOL)
add('3.3c', computable=True, family='tanh derivative', answer_kind='real',
    answer=clean(1 - np.tanh(0.5) ** 2), tolerance=TOL)
add('3.3d', computable=True, family='softmax', answer_kind='vector',
    answer=clean(softmax([2, 1, -1])), tolerance=TOL)
a = np.array([2, 0.5, 1, 4])
p = 0.25
mask = np.array([1, 0, 1, 1])
add('3.3e', computable=True, family='inverted dropout (training)', answer_kind='vector',
    answer=clean(a * mask / (1 - p)), tolerance=TOL)
keep = 0.75
add('3.3f', computable=True, family='classic dropout (test time scaling)', answer_kind='vector',
    answer=clean(a * keep), tolerance=TOL)
add('3.3g', computable=False, why='explain in words')

# ---------------- Exercise 3.4: tiny MLP
W1 = np.array([[1, -1], [2, 0]], float); b1 = np.array([0, -1], float)
W2 = np.array([[1, 0], [-1, 1], [0, 2]], float); b2 = np.array([0, 0, 1], float)
xv = np.array([1, 2], float); c = 3
hv = np.maximum(W1 @ xv + b1, 0)
zv = W2 @ hv + b2
pr = softmax(zv)
L = -np.log(pr[c - 1])
dz = pr - np.eye(3)[c - 1]
dW2 = np.outer(dz, hv)
add('3.4a', computable=True, family='MLP forward pass (logits)', answer_kind='vector', answer=clean(zv))
add('3.4b', computable=True, family='cross-entropy loss', answer_kind='real', answer=clean(L),
    tolerance=TOL)
add('3.4c', computable=True, family='softmax cross-entropy gradient', answer_kind='vector',
    answer=clean(dz), tolerance=TOL)
add('3.4d', computable=True, family='backprop to weight matrix', answer_kind='matrix',
    answer=clean(dW2), tolerance=TOL)

# ---------------- Exercise 3.5: backprop through a graph
X, Y, Z = 2.0, -3.0, 4.0
q = X * Y + Z
df_dq = 2 * q
grad = [df_dq * Y, df_dq * X, df_dq]
add('3.5', computable=True, family='backprop through a small graph', answer_kind='vector',
    answer=clean(grad))

with open(os.path.join(HERE, 'expected.yaml'), 'w') as f:
    yaml.dump({'set': 'normprop-exercises-hw3', 'source': 'problems.tex', 'parts': parts}, f,
                   Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, 'expected.yaml')).read())
