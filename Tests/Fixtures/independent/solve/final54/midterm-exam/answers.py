"""Recompute every answer of midterm-exam and write expected.yaml."""
import numpy as np
import yaml

parts = []
def r(v, n=4):
    a = np.round(np.asarray(v, float), n)
    return a.tolist()
def add(id, family, kind, answer, **kw):
    d = dict(id=id, computable=True, family=family, answer_kind=kind, answer=answer)
    d.update(kw); parts.append(d)
def nc(id, why):
    parts.append(dict(id=id, computable=False, why=why))

# Question 1: batch norm on one feature, biased variance, eps = 0
x = np.array([2, 4, 6, 8], float)
mu, var = x.mean(), x.var()          # np.var is biased
xhat = (x - mu) / np.sqrt(var)
add('1a', 'batch norm forward', 'vector', r(xhat), tolerance=0.001)
add('1b', 'batch norm forward with affine', 'vector', r(2 * xhat + 1), tolerance=0.001)
dy = np.array([1, 0, 0, -1], float)
N = len(x)
dx = (N * dy - dy.sum() - xhat * (dy * xhat).sum()) / (N * np.sqrt(var))
# numerical check
def bn(v): return (v - v.mean()) / np.sqrt(v.var())
num = np.array([((bn(x + 1e-6 * e) - bn(x - 1e-6 * e)) / 2e-6) @ dy for e in np.eye(N)])
assert np.allclose(num, dx, atol=1e-5)
add('1c', 'batch norm backward', 'vector', r(dx), tolerance=0.001)
v = np.array([3, -1, 4, 2], float)
add('1d', 'layer norm forward', 'vector', r((v - v.mean()) / np.sqrt(v.var())), tolerance=0.001)
# batch of one: normalize each feature over a batch of size 1
xb = np.array([[3, -2]], float); eps = 1e-5
y1 = (xb - xb.mean(0)) / np.sqrt(xb.var(0) + eps) * 1 + 0.5
add('1e.i', 'batch norm with batch of one', 'vector', r(y1[0]), tolerance=0.001)
# gradient: output does not depend on x at all (x - mean(x) == 0 identically)
g = np.array([1, -2], float)
f = lambda z: ((z - z.mean(0)) / np.sqrt(z.var(0) + eps) + 0.5)[0] @ g
gx = [(f(xb + 1e-4 * e[None]) - f(xb - 1e-4 * e[None])) / 2e-4 for e in np.eye(2)]
add('1e.ii', 'batch norm gradient with batch of one', 'vector', r(gx), tolerance=0.001)

# Question 2: dropout
h = 5.0
add('2a', 'inverted dropout scaling', 'real', h / (1 - 0.2), tolerance=0.001)
add('2b', 'classic dropout test-time scaling', 'real', h * 0.8, tolerance=0.001)
opts = {'A': 2.25, 'B': 3.0, 'C': 4.0, 'D': 0.75}
out = 3.0 / (1 - 0.25)
add('2c', 'inverted dropout multiple choice', 'choice', [k for k, o in opts.items() if abs(o - out) < 1e-9][0])
add('2d', 'dropout true/false', 'boolean', False)

# Question 3
sig = lambda t: 1 / (1 + np.exp(-t))
add('3a', 'sigmoid derivative', 'real', float(sig(0) * (1 - sig(0))), tolerance=0.0001)
add('3b', 'tanh derivative', 'real', round(float(1 - np.tanh(0.5) ** 2), 4), tolerance=0.0001)
z = np.array([1, 2, 3], float)
p = np.exp(z - z.max()); p /= p.sum()
add('3c', 'softmax', 'vector', r(p), tolerance=0.0001)
add('3d', 'cross-entropy loss', 'real', round(float(-np.log(p[2])), 4), tolerance=0.0001)
add('3e', 'cross-entropy gradient wrt logits', 'vector', r(p - np.eye(3)[2]), tolerance=0.0001)

# Question 4: tiny MLP
W1 = np.array([[1, 0.5], [-1, 2]]); b1 = np.array([0, 1.0])
w2 = np.array([2, -1.0]); b2 = 0.5
xi = np.array([2, -1.0]); y = 1.0
pre = W1 @ xi + b1; hid = np.maximum(pre, 0)
yhat = w2 @ hid + b2
L = 0.5 * (yhat - y) ** 2
dy_ = yhat - y
add('4a', 'MLP hidden activation', 'vector', r(hid), tolerance=0.001)
add('4b', 'MLP forward output', 'real', float(yhat), tolerance=0.001)
add('4c', 'squared loss', 'real', float(L), tolerance=0.001)
add('4d', 'backprop gradient wrt output weights', 'vector', r(dy_ * hid), tolerance=0.001)
add('4e', 'backprop gradient wrt input', 'vector', r(W1.T @ (dy_ * w2 * (pre > 0))), tolerance=0.001)

nc('5a', 'explain in words')
nc('5b', 'explain in words')

with open(__file__.replace('answers.py', 'expected.yaml'), 'w') as f:
    yaml.safe_dump(dict(set='midterm-exam', source='problems.tex', parts=parts), f,
                   sort_keys=False, default_flow_style=None)
