"""Recompute every numeric answer of hw4_norm_reg_exam and write expected.yaml."""
import numpy as np
import os
import yaml

os.chdir(os.path.dirname(os.path.abspath(__file__)))

parts = []


def r(a, n=4):
    a = np.asarray(a, float)
    if a.ndim == 0:
        return round(float(a), n)
    return np.round(a, n).tolist()


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Question 1: batch norm
f1 = np.array([1, 3, 5, 7], float)
f2 = np.array([2, 2, 8, 4], float)
mu1, var1 = f1.mean(), f1.var()  # biased
add("1a", "batch norm statistics", "vector", [float(mu1), float(var1)])
xhat1 = (f1 - mu1) / np.sqrt(var1)
add("1b", "batch norm forward", "vector", r(xhat1), 0.001)
y2 = 2.0 * (f2 - f2.mean()) / np.sqrt(f2.var()) + (-1.0)
add("1c", "batch norm forward with affine", "vector", r(y2), 0.001)


def bn(x):
    return (x - x.mean()) / np.sqrt(x.var())


dy = np.array([1, 0, -1, 2], float)
m = len(f1)
sig = np.sqrt(var1)
dx = (m * dy - dy.sum() - xhat1 * np.sum(dy * xhat1)) / (m * sig)
# finite-difference check
num = np.zeros(m)
for i in range(m):
    e = np.zeros(m); e[i] = 1e-6
    num[i] = (np.dot(dy, bn(f1 + e)) - np.dot(dy, bn(f1 - e))) / 2e-6
assert np.allclose(num, dx, atol=1e-6)
add("1d", "batch norm backward", "vector", r(dx), 0.001)
# batch of one
x1, eps, g, b = 3.7, 1e-5, 2.0, 0.5
xb = np.array([x1])
out = g * (xb - xb.mean()) / np.sqrt(xb.var() + eps) + b
add("1e.i", "batch norm with a single example", "real", float(out[0]), 1e-6)
# derivative of the output wrt x: BN backward formula with m = 1 and upstream gradient 1
m1, dy1 = 1, np.array([1.0])
xhat_b = (xb - xb.mean()) / np.sqrt(xb.var() + eps)
d_out = g * (m1 * dy1 - dy1.sum() - xhat_b * np.sum(dy1 * xhat_b)) / (m1 * np.sqrt(xb.var() + eps))
add("1e.ii", "batch norm gradient, single example", "real", float(d_out[0]) + 0.0, 1e-6)
skip("1e.iii", "explain in words")
hv = np.array([1, 2, 3, 6], float)
add("1f", "layer norm forward", "vector", r((hv - hv.mean()) / np.sqrt(hv.var())), 0.001)

# ---------------- Question 2: dropout
hd = np.array([2.0, 0.5, -1.0, 3.0, 1.5])
p = 0.4
mask = np.array([1, 0, 1, 1, 0], float)
add("2a", "inverted dropout (train)", "vector", r(hd * mask / (1 - p)), 0.001)
add("2b", "classic dropout (test)", "vector", r(hd * (1 - p)), 0.001)
stmts = {
    "A": True,                                  # inverted: identity at test time
    "B": np.isclose(1 - p, 0.4),                # classic scales by keep prob 0.6, not 0.4
    "C": True,                                  # E[m/(1-p)] = 1
    "D": (hd * mask / (1 - p))[2] == 0,         # third unit kept -> nonzero
}
add("2c", "dropout facts (select all)", "choices", [k for k, v in stmts.items() if v])

# ---------------- Question 3: activations, softmax, CE
z = np.array([-2, -0.5, 0, 1.5])
add("3a", "sigmoid", "vector", r(1 / (1 + np.exp(-z))), 0.001)
add("3b", "tanh derivative", "vector", r(1 - np.tanh(z) ** 2), 0.001)
s = np.array([1.0, 2.0, 0.5, -1.0])
pr = np.exp(s - s.max()); pr /= pr.sum()
add("3c", "softmax", "vector", r(pr), 0.001)
add("3d", "cross-entropy loss", "real", r(-np.log(pr[1])), 0.001)
onehot = np.array([0, 1, 0, 0.])
add("3e", "cross-entropy gradient wrt logits", "vector", r(pr - onehot), 0.001)
pr2 = np.exp(s + 100 - (s + 100).max()); pr2 /= pr2.sum()
assert np.allclose(pr, pr2)
add("3f", "softmax shift invariance (multiple choice)", "choice", "C")

# ---------------- Question 4: MLP
W1 = np.array([[1, -1], [0, 2], [-1, 1]], float)
b1 = np.array([0, -1, -0.5])
W2 = np.array([[1, -2, 0.5]])
b2 = 0.5
x = np.array([2, 1.])
hh = np.maximum(W1 @ x + b1, 0)
add("4a", "MLP hidden activations", "vector", r(hh), 0.001)
yhat = float((W2 @ hh)[0] + b2)
add("4b", "MLP forward output", "real", r(yhat), 0.001)
add("4c", "MSE loss", "real", r(0.5 * (yhat - 1) ** 2), 0.001)
add("4d", "hinge loss", "real", r(max(0.0, 1 - (-1) * yhat)), 0.001)
skip("4e", "explain in words (dead ReLU)")

with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": "hw4_norm_reg_exam", "source": "problems.tex", "parts": parts},
                   fh, sort_keys=False, default_flow_style=None)
print(open("expected.yaml").read())
