"""Recompute every computable answer of normalization-losses-txt and write expected.yaml."""
import numpy as np
import yaml

parts = []
R = lambda a: [round(float(v), 6) + 0.0 for v in np.ravel(a)]


def add(id_, family, kind, answer, **kw):
    e = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = x.var()  # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, mu, var


def bn_backward(dy, xhat, var, gamma, eps):
    N = dy.size
    dxhat = dy * gamma
    return (N * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum()) / (N * np.sqrt(var + eps))


# Question 1
x = np.array([2., 4., 6., 12.]); gamma, beta = 2.0, -1.0
y, xhat, mu, var = bn_forward(x, gamma, beta, 0.0)
add("1a", "batch norm statistics", "vector", R([mu, var]), tolerance=0.0001)
add("1b", "batch norm forward", "vector", R(y), tolerance=0.001)
dy = np.array([1., 0., -1., 2.])
add("1c", "batch norm input gradient", "vector", R(bn_backward(dy, xhat, var, gamma, 0.0)), tolerance=0.001)
add("1d", "batch norm parameter gradients", "vector", R([(dy * xhat).sum(), dy.sum()]), tolerance=0.001)
x1 = np.array([5.])
y1, xh1, _, v1 = bn_forward(x1, gamma, beta, 1e-5)
add("1e", "batch norm single example", "vector", R(y1), tolerance=0.0001)
add("1f", "batch norm single example gradient", "vector", R(bn_backward(np.array([3.]), xh1, v1, gamma, 1e-5)), tolerance=0.0001)
f = np.array([1., 2., 3., 6.])
ln = (f - f.mean()) / np.sqrt(f.var())
add("1g", "layer norm forward", "vector", R(ln), tolerance=0.001)
nc("1h", "explain in words")

# Question 2
h = np.array([2.0, 0.5, -1.0, 3.0]); p_drop = 0.25; keep = 1 - p_drop
m = np.array([1, 0, 1, 1])
add("2a", "inverted dropout", "vector", R(h * m / keep), tolerance=0.001)
add("2b", "classic dropout test time", "vector", R(h * keep), tolerance=0.0001)
add("2c", "dropout scaling", "boolean", False)

# Question 3
z = np.array([-2., 0.5, 3.])
sig = 1 / (1 + np.exp(-z))
add("3a", "sigmoid", "vector", R(sig), tolerance=0.0001)
add("3b", "sigmoid derivative", "vector", R(sig * (1 - sig)), tolerance=0.0001)
add("3c", "tanh derivative", "vector", R(1 - np.tanh(z) ** 2), tolerance=0.0001)
nc("3d", "ambiguous: ReLU is not differentiable at 0 and the set does not fix the value used there")
e = np.exp(z - z.max())
add("3e", "softmax", "vector", R(e / e.sum()), tolerance=0.0001)

# Question 4
W1 = np.array([[1, 0], [2, 1], [-1, 1]], float); b1 = np.array([0, 1, 2], float)
W2 = np.array([[1, -1, 2], [0, 1, 1], [2, 0, -1]], float); b2 = np.array([0, 0.5, -1])
xin = np.array([1., -2.]); label = 1  # (dog, cat, bird) -> cat
hid = np.maximum(W1 @ xin + b1, 0)
add("4a", "MLP forward hidden", "vector", R(hid), tolerance=0.0001)
s = W2 @ hid + b2
add("4b", "MLP forward scores", "vector", R(s), tolerance=0.0001)
p = np.exp(s - s.max()); p /= p.sum()
add("4c", "cross-entropy loss", "real", round(float(-np.log(p[label])), 6), tolerance=0.0001)
g = p.copy(); g[label] -= 1
add("4d", "softmax cross-entropy gradient", "vector", R(g), tolerance=0.0001)
pred = np.array([0.5, 2.0, -1.0]); tgt = np.array([1., 1., 0.])
add("4e", "MSE loss", "real", round(float(np.mean((pred - tgt) ** 2)), 6), tolerance=0.0001)
sc = np.array([3.2, 5.1, -1.7]); c = 0
marg = np.maximum(0, sc - sc[c] + 1); marg[c] = 0
add("4f", "multiclass hinge loss", "real", round(float(marg.sum()), 6), tolerance=0.0001)

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": "normalization-losses-txt", "source": "problems.txt", "parts": parts},
                   fh, sort_keys=False, default_flow_style=None)
