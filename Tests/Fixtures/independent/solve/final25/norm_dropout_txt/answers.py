"""Recompute every computable answer of norm_dropout_txt and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


class Dumper(yaml.SafeDumper):
    """Block style for the part records, flow style for answer lists (rows of matrices inline)."""


def _repr_list(dumper, data):
    flat = all(not isinstance(e, (list, dict)) for e in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flat)


Dumper.add_representer(list, _repr_list)


def clean(v, nd=4):
    """Turn numpy values into plain Python numbers / lists, rounded to nd decimals."""
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, (bool, np.bool_)):
            return bool(x)
        x = round(float(x), nd) + 0.0
        if x.is_integer():
            return int(x)
        return x
    return [clean(e, nd) for e in a]



parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Q1 ----------------
B = np.array([[2, 10], [4, 10], [4, 14], [6, 6]], float)
f1, f2 = B[:, 0], B[:, 1]


def bn(x, gamma=1.0, beta=0.0, eps=0.0):
    return gamma * (x - x.mean()) / np.sqrt(x.var() + eps) + beta   # biased variance


add("1a", "batch norm forward", "vector", clean(bn(f1)), tol=0.001)
add("1b", "batch norm forward with affine", "vector", clean(bn(f2, 2.0, 1.0)), tol=0.001)
run_var = 0.9 * 1.0 + 0.1 * f1.var(ddof=1)
add("1c", "batch norm running variance", "real", clean(run_var), tol=0.001)
dy = np.array([1, 2, 0, 1], float)
xh = (f1 - f1.mean()) / np.sqrt(f1.var())
sig = np.sqrt(f1.var())
dx = (dy - dy.mean() - xh * np.mean(dy * xh)) / sig           # gamma = 1
# numeric check of the formula
num = np.zeros(4)
for i in range(4):
    e = np.zeros(4); e[i] = 1e-6
    num[i] = (dy @ bn(f1 + e) - dy @ bn(f1 - e)) / 2e-6
assert np.allclose(num, dx, atol=1e-5)
add("1d", "batch norm backward (input gradient)", "vector", clean(dx), tol=0.001)
x1 = np.array([7.0])
add("1e", "batch norm with a batch of one", "real", clean(bn(x1, 3.0, 0.5, 1e-5)[0]), tol=0.001)
add("1f", "batch norm parameter count", "integer", 2 * 64)

# ---------------- Q2 ----------------
h = np.array([0.5, 1.2, 0.0, 2.0, 0.8])
q = 4 / 5
m = np.array([1, 0, 1, 1, 0], float)
add("2a", "inverted dropout (training)", "vector", clean(h * m / q), tol=0.001)
add("2b", "classic dropout (test time)", "vector", clean(h * q), tol=0.001)
var2 = q * (h[1] / q) ** 2 - h[1] ** 2          # E[out^2] - E[out]^2
add("2c", "variance under inverted dropout", "real", clean(var2), tol=0.001)
opts = {"A": 1.0, "B": 0.8, "C": 1 / 0.8, "D": 0.2}
add("2d", "multiple choice: inverted dropout at test time", "choice",
    [k for k, s in opts.items() if np.isclose(s, 1.0)][0])   # inverted dropout: identity at test time

# ---------------- Q3 ----------------
W1 = np.array([[1, -1], [2, 0], [0, 1]], float)
b1 = np.array([0, -1, 1], float)
w2 = np.array([1, -2, 0.5])
b2 = 0.5
x = np.array([1, 2], float)
t = 1.0
z = W1 @ x + b1
hh = np.maximum(z, 0)
yhat = w2 @ hh + b2
add("3a", "MLP forward (hidden ReLU activations)", "vector", clean(hh))
add("3b", "MLP forward (output)", "real", clean(yhat), tol=0.001)
dyhat = yhat - t
dw2 = dyhat * hh
add("3c", "backprop: output weight gradient", "vector", clean(dw2), tol=0.001)
dz = dyhat * w2 * (z > 0)
add("3d", "backprop: first-layer weight gradient", "matrix", clean(np.outer(dz, x)), tol=0.001)
add("3e", "SGD step on output weights", "vector", clean(w2 - 0.1 * dw2), tol=0.001)

# ---------------- Q4 ----------------
sg = lambda v: 1 / (1 + np.exp(-v))
X_, Y_, Z_ = 1.0, 2.0, 0.0
grad4 = [sg(Z_), sg(Z_), (X_ + Y_) * sg(Z_) * (1 - sg(Z_))]
add("4", "backprop through a small graph (sigmoid)", "vector", clean(grad4), tol=0.001)

# ---------------- Q5 ----------------
u = np.array([1, 2, 3], float)
k = np.array([1, -1, 2], float)
s = 2
L = (len(u) - 1) * s + len(k)
out = np.zeros(L)
for i, ui in enumerate(u):
    out[i * s:i * s + len(k)] += ui * k
add("5a", "transposed conv output length", "integer", L)
add("5b", "1D transposed convolution by hand", "vector", clean(out))
Hin, kk, ss, pp = 14, 4, 2, 1
Ho = (Hin - 1) * ss - 2 * pp + kk
add("5c", "transposed conv output shape", "shape", [8, Ho, Ho], layout="CHW")
Xf = np.array([[1, 2, 0], [0, 1, 1], [1, 0, 2]], float)
Yf = np.array([[3, 3], [-1, 5]], float)
rows = [Xf[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)]
F = np.linalg.solve(np.array(rows), Yf.ravel()).reshape(2, 2)
add("5d", "recover 2D filter from input and output", "matrix", clean(F))
Hp = (56 + 2 * 1 - 3) // 2 + 1
add("5e", "max pooling output shape", "shape", [64, Hp, Hp], layout="CHW")
non("5f", "explain in words (checkerboard artifacts)")

out = {"set": "norm_dropout_txt", "source": "problems.txt", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
