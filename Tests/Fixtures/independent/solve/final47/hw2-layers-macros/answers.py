"""Compute the expected answers for hw2-layers-macros and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a, nd=4):
    return (np.round(np.asarray(a, float), nd) + 0.0).tolist()


# ---------------- Exercise 2.1: parameter counts ----------------
def conv(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def lstm_like(gates, inp, hid, layers=1):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)  # W_ih, W_hh, b_ih, b_hh
    return total


add("2.1a", "conv parameter count", "integer", conv(24, 48, 5))
add("2.1b", "depthwise separable parameter count", "integer",
    conv(24, 24, 5, groups=24) + conv(24, 48, 1))
add("2.1c", "grouped conv parameter count", "integer", conv(24, 48, 5, groups=6, bias=False))
add("2.1d", "linear parameter count", "integer", 512 * 100 + 100)
add("2.1e", "embedding parameter count", "integer", 30000 * 256)
add("2.1f", "batch norm parameter count", "integer", 2 * 48)
add("2.1g", "layer norm parameter count", "integer", 2 * 256)
add("2.1h", "LSTM parameter count (PyTorch biases)", "integer", lstm_like(4, 128, 256, 2))
add("2.1i", "GRU parameter count (PyTorch biases)", "integer", lstm_like(3, 64, 32, 1))
E = 256
add("2.1j", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)

# ---------------- Exercise 2.2: normalization ----------------
X = np.array([[1, 4, -2], [3, 0, -2], [5, 2, 1], [-1, 6, 3]], float)
gamma = np.array([2, 1, 0.5])
beta = np.array([0, -1, 1])
mu = X.mean(0)
var = X.var(0)  # biased
xhat = (X - mu) / np.sqrt(var)
Y = gamma * xhat + beta
add("2.2a", "batch mean", "vector", r(mu), tolerance=0.001)
add("2.2b", "batch norm forward", "vector", r(Y[0]), tolerance=0.001)
x4 = X[3]
add("2.2c", "layer norm forward", "vector", r((x4 - x4.mean()) / x4.std()), tolerance=0.001)
x1 = X[:1]
eps = 1e-5
y1 = gamma * (x1 - x1.mean(0)) / np.sqrt(x1.var(0) + eps) + beta
add("2.2d", "batch norm forward (batch of one)", "vector", r(y1[0]), tolerance=0.001)

f = X[:, 0]
N = len(f)


def L_of(v):
    return ((v - v.mean()) / v.std())[0]


s = f.std()
fh = (f - f.mean()) / s
dy = np.eye(N)[0]
dx = (N * dy - dy.sum() - fh * (dy @ fh)) / (N * s)
num = np.array([(L_of(f + 1e-6 * np.eye(N)[j]) - L_of(f - 1e-6 * np.eye(N)[j])) / 2e-6
                for j in range(N)])
assert np.allclose(dx, num, atol=1e-6)
add("2.2e", "batch norm input gradient", "vector", r(dx), tolerance=0.001)
G = np.array([[1, 0, -1], [2, 1, 0], [0, -1, 1], [1, 1, 1]], float)
add("2.2f", "batch norm gamma gradient", "vector", r((G * xhat).sum(0)), tolerance=0.001)
add("2.2g", "batch norm beta gradient", "vector", r(G.sum(0)), tolerance=0.001)
skip("2.2h", "explain in words")

# ---------------- Exercise 2.3: dropout ----------------
h = np.array([2, -1, 4, 0.5, 3])
m = np.array([1, 0, 1, 1, 0])
p = 0.25
q = 1 - p
add("2.3a", "inverted dropout forward", "vector", r(h * m / q), tolerance=0.001)
add("2.3b", "classic dropout test-time scaling", "vector", r(q * h), tolerance=0.001)
x = 4.0
mean = q * (x / q)
second = q * (x / q) ** 2
add("2.3c", "inverted dropout variance", "real", round(second - mean ** 2, 4), tolerance=0.001)
skip("2.3d", "ambiguous: inverted vs classic dropout not stated (5 vs 4)")
add("2.3e", "dropout true/false", "boolean", True)

with open(os.path.join(HERE, "expected.yaml"), "w") as fh_:
    yaml.safe_dump({"set": "hw2-layers-macros", "source": "problems.tex", "parts": parts},
                   fh_, sort_keys=False, default_flow_style=None)
print(sum(p_["computable"] for p_ in parts), "computable of", len(parts))
