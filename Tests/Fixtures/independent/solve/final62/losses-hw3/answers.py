"""Recompute every numeric answer of losses-hw3 and write expected.yaml."""
import os
import numpy as np
import yaml

parts = []


def conv(v):
    a = np.asarray(v)
    if a.dtype == bool:
        return a.tolist()
    if np.issubdtype(a.dtype, np.integer):
        return a.tolist()
    return np.round(a.astype(float), 4).tolist()


def add(pid, family, kind, answer, tol=None, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": answer if isinstance(answer, (str, bool)) else conv(answer)}
    if tol is not None:
        d["tolerance"] = tol
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


sigmoid = lambda s: 1.0 / (1.0 + np.exp(-s))

# Problem 1
z = np.array([2.0, 1.0, -1.0, 0.5])
c = 1  # class 2, zero-based
p = softmax(z)
add("1a", "softmax", "vector", p, 0.001)
L = -np.log(p[c])
add("1b", "cross-entropy loss", "real", float(L), 0.001)
onehot = np.eye(4)[c]
add("1c", "cross-entropy gradient wrt logits", "vector", p - onehot, 0.001)
eps, K = 0.1, 4
t = np.full(K, eps / K); t[c] += 1 - eps
add("1d", "label-smoothed cross-entropy", "real", float(-(t * np.log(p)).sum()), 0.001)
add("1e", "softmax with temperature", "real", float(softmax(z / 2).max()), 0.001)
nc("1f", "explain in words")

# Problem 2
w = np.array([0.5, -1.0, 2.0]); b = -0.5
X = np.array([[1, 0, 2], [0, 1, 1], [2, 1, 0]], float)
y = np.array([1, 0, 1], float)
yh = sigmoid(X @ w + b)
add("2a", "logistic regression forward", "vector", yh, 0.001)
bce = -np.mean(y * np.log(yh) + (1 - y) * np.log(1 - yh))
add("2b", "binary cross-entropy", "real", float(bce), 0.001)
gw = X.T @ (yh - y) / 3
gb = np.mean(yh - y)
add("2c", "binary cross-entropy gradient wrt weights", "vector", gw, 0.001)
add("2d", "binary cross-entropy gradient wrt bias", "real", float(gb), 0.001)
add("2e", "SGD step", "vector", w - 0.1 * gw, 0.001)
# check 2f numerically at one example
s0, y0 = 0.7, 1.0
f = lambda s: -(y0 * np.log(sigmoid(s)) + (1 - y0) * np.log(1 - sigmoid(s)))
num = (f(s0 + 1e-6) - f(s0 - 1e-6)) / 2e-6
add("2f", "binary cross-entropy gradient wrt logit", "boolean", bool(abs(num - (sigmoid(s0) - y0)) < 1e-6))

# Problem 3
yhat = np.array([2.5, 0.0, 2.1, 7.8]); yt = np.array([3.0, -0.5, 2.0, 7.0])


def losses(yhat):
    e = yhat - yt
    mse = np.mean(e ** 2)
    mae = np.mean(np.abs(e))
    d = 1.0
    hub = np.mean(np.where(np.abs(e) <= d, 0.5 * e ** 2, d * (np.abs(e) - 0.5 * d)))
    return mse, mae, hub


mse, mae, hub = losses(yhat)
add("3a", "mean squared error", "real", float(mse), 0.001)
add("3b", "mean absolute error", "real", float(mae), 0.001)
add("3c", "MSE gradient wrt predictions", "vector", 2 * (yhat - yt) / 4, 0.001)
add("3d", "Huber loss", "real", float(hub), 0.001)
y2 = yhat.copy(); y2[3] = 9.0
inc = np.array(losses(y2)) - np.array(losses(yhat))
add("3e", "compare loss increases", "choice", "ABC"[int(np.argmax(inc))])

# Problem 4
s = np.array([3.2, 5.1, -1.7]); yi = 0; D = 1.0
marg = np.maximum(0, s - s[yi] + D); marg[yi] = 0
add("4a", "multiclass hinge loss", "real", float(marg.sum()), 0.001)
g = (marg > 0).astype(float); g[yi] = -g.sum()
add("4b", "multiclass hinge loss gradient", "vector", g, 0.001)
others = np.delete(s, yi)
add("4c", "hinge margin threshold", "real", float(others.max() + D), 0.001)
nc("4d", "discuss in words")

out = {"set": "losses-hw3", "source": "problems.tex", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, default_flow_style=None)
