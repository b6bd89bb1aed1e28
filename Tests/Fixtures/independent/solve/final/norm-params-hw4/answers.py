"""Recompute every numeric answer of norm-params-hw4 and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def r(v, nd=4):
    a = np.round(np.asarray(v, float), nd) + 0.0
    def fix(o):
        if isinstance(o, list):
            return [fix(e) for e in o]
        return int(o) if float(o).is_integer() else float(o)
    return fix(a.tolist())


parts = []
def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)
def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def lstm_params(inp, hid, layers, gates=4):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)
    return total

# Question 1
std = conv_params(64, 128, 3)
dws = conv_params(64, 64, 3, groups=64) + conv_params(64, 128, 1)
add("1a.i", "conv parameter count", "integer", std)
add("1a.ii", "depthwise separable parameter count", "integer", dws)
add("1a.iii", "grouped conv parameter count (no bias)", "integer", conv_params(64, 128, 3, groups=4, bias=False))
add("1b", "linear parameter count", "integer", 512 * 10 + 10)
add("1c", "embedding parameter count", "integer", 30000 * 256)
add("1d", "batch norm parameter count", "integer", 2 * 128)
add("1e", "LSTM parameter count (PyTorch two biases)", "integer", lstm_params(128, 256, 2))

# Question 2: 64x32x32 input, 'same' -> 32x32 output
H = W = 32
mac_std = 128 * H * W * 64 * 3 * 3
mac_dws = 64 * H * W * 3 * 3 + 128 * H * W * 64
add("2a", "conv MACs", "integer", mac_std)
add("2b", "depthwise separable MACs", "integer", mac_dws)
ratio = mac_std / mac_dws
opts = {"A": 3, "B": 8.4, "C": 9, "D": 64}
add("2c", "MAC ratio (multiple choice)", "choice", min(opts, key=lambda k: abs(opts[k] - ratio)))

# Question 3
x = np.array([1, 3, 4, 8.])
g, b, eps = 2.0, 0.5, 0.0
mu = x.mean()
var = ((x - mu) ** 2).mean()
xhat = (x - mu) / np.sqrt(var + eps)
y = g * xhat + b
add("3a", "batch norm mean and biased variance", "vector", r([mu, var]))
add("3b", "batch norm forward", "vector", r(y), tolerance=0.001)
dy = np.array([1, 0, -1, 2.])
dgamma = (dy * xhat).sum()
dbeta = dy.sum()
add("3c.i", "batch norm gradient wrt gamma", "real", r(dgamma), tolerance=0.001)
add("3c.ii", "batch norm gradient wrt beta", "real", r(dbeta))
m = len(x)
dxhat = dy * g
dx = (1.0 / m) / np.sqrt(var + eps) * (m * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum())
add("3d", "batch norm gradient wrt input", "vector", r(dx), tolerance=0.001)
x1 = np.array([5.0]); eps1 = 1e-5
mu1 = x1.mean(); var1 = ((x1 - mu1) ** 2).mean()
xh1 = (x1 - mu1) / np.sqrt(var1 + eps1)
add("3e.i", "batch norm forward, batch of one", "real", r(g * xh1 + b)[0])
dxh1 = np.array([3.0]) * g
dx1 = (1.0 / 1) / np.sqrt(var1 + eps1) * (1 * dxh1 - dxh1.sum() - xh1 * (dxh1 * xh1).sum())
add("3e.ii", "batch norm gradient, batch of one", "real", r(dx1)[0])
skip("3f", "explain in words")

# Question 4
a = np.array([2.0, -1.0, 0.5, 3.0])
p = 0.25; q = 1 - p
mask = np.array([1, 0, 1, 1.])
add("4a", "inverted dropout training output", "vector", r(a * mask / q), tolerance=0.001)
add("4b", "classic dropout test output", "vector", r(a * q), tolerance=0.001)
expected_train = q * (a / q) + p * 0.0
add("4c", "inverted dropout expectation (true/false)", "boolean", bool(np.allclose(expected_train, a)))
skip("4d", "explain in words")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "norm-params-hw4", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
