"""Recompute every answer of params-norm-exam and write expected.yaml."""
import numpy as np
import yaml, os

def R(v, nd=6):
    a = np.asarray(v, float)
    if a.ndim == 0:
        return round(float(a), nd)
    return [R(r, nd) for r in a]

parts = []
def add(pid, family, kind, ans, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": ans}
    if tol is not None: d["tolerance"] = tol
    parts.append(d)
def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)

# Question 1
add("1a", "conv parameter count", "integer", conv_params(8, 16, 5))
add("1b", "depthwise separable parameter count", "integer",
    conv_params(8, 8, 5, groups=8) + conv_params(8, 16, 1))
add("1c", "grouped conv parameter count", "integer", conv_params(64, 128, 3, groups=4, bias=False))
add("1d", "linear parameter count", "integer", 512 * 10 + 10)
add("1e", "embedding parameter count", "integer", 30000 * 256)
add("1f", "layer norm parameter count", "integer", 2 * 256)
add("1g", "batch norm parameter count", "integer", 2 * 64)

# Question 2
def rnn_params(gates, inp, hid, layers):
    tot = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        tot += gates * hid * (i + hid) + 2 * gates * hid
    return tot
add("2a", "LSTM parameter count", "integer", rnn_params(4, 128, 256, 2))
add("2b", "GRU parameter count", "integer", rnn_params(3, 64, 32, 1))
E = 512
mha = 3 * E * E + 3 * E + E * E + E
add("2c", "multi-head attention parameter count", "integer", mha)
mha16 = 3 * E * E + 3 * E + E * E + E   # heads split E; count independent of num_heads
options = {"A": mha16 > mha, "B": mha16 < mha, "C": mha16 == mha, "D": mha16 == 2 * mha}
add("2d", "multi-head attention parameter count vs heads", "choice",
    [k for k, v in options.items() if v][0])

# Question 3: batch norm
x = np.array([2, 4, 6, 8], float); g, b = 2.0, 1.0
mu = x.mean(); var = x.var()        # biased
xhat = (x - mu) / np.sqrt(var + 0.0)
y = g * xhat + b
add("3a", "batch norm forward", "vector", R(y), tol=1e-4)
dy = np.array([1, 0, 0, 0], float)
N = len(x)
dx = (g / np.sqrt(var)) / N * (N * dy - dy.sum() - xhat * (dy * xhat).sum())
# numerical check
def bn(xx):
    return g * (xx - xx.mean()) / np.sqrt(xx.var()) + b
num = np.array([((bn(x + 1e-6 * e) - bn(x - 1e-6 * e)) / 2e-6) @ dy for e in np.eye(4)])
assert np.allclose(num, dx, atol=1e-6)
add("3b", "batch norm input gradient", "vector", R(dx), tol=1e-4)
add("3c.i", "batch norm gamma gradient", "real", R((dy * xhat).sum()), tol=1e-4)
add("3c.ii", "batch norm beta gradient", "real", R(dy.sum()), tol=1e-4)
x1 = np.array([7.0]); eps = 1e-5
y1 = g * (x1 - x1.mean()) / np.sqrt(x1.var() + eps) + b
add("3d", "batch norm with a batch of one", "real", R(y1[0]), tol=1e-4)
v = np.array([1, 2, 3, 6], float)
add("3e", "layer norm forward", "vector", R((v - v.mean()) / np.sqrt(v.var())), tol=1e-4)
non("3f", "explain in words")

# Question 4: dropout
h = np.array([2.0, 0.5, 4.0, 1.0]); m = np.array([1, 0, 1, 1], float)
p = 0.25
add("4a", "inverted dropout forward", "vector", R(h * m / (1 - p)), tol=1e-4)
q = 0.75
add("4b", "classic dropout test-time scaling", "vector", R(h * q), tol=1e-4)
add("4c", "inverted dropout at test time", "boolean", True)
non("4d", "ambiguous: inverted vs classic dropout not stated (8.0 vs 4.0 for the third unit)")

out = {"set": "params-norm-exam", "source": "problems.tex", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None)
