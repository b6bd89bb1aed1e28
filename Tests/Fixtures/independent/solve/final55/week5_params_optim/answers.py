"""Recompute every answer of week5_params_optim and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def num(v):
    v = float(v)
    return int(v) if v.is_integer() else round(v, 8)


def lst(a):
    return [num(v) for v in np.asarray(a, float).ravel()]


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


# ---------------- 1 ----------------
cin, cout, k = 8, 16, 5
add("1a", "conv parameter count", "integer", conv_params(cin, cout, k))
add("1b", "depthwise separable parameter count", "integer",
    conv_params(cin, cin, k, groups=cin) + conv_params(cin, cout, 1))
add("1c", "grouped conv parameter count", "integer", conv_params(cin, cout, k, groups=4))
add("1d", "linear parameter count (no bias)", "integer", 512 * 10)
add("1e", "embedding parameter count", "integer", 30000 * 256)
add("1f", "batch norm parameter count", "integer", 2 * 64)
add("1g", "layer norm parameter count", "integer", 2 * 768)
add("1h", "conv parameter count (no bias)", "integer", conv_params(3, 64, 3, bias=False))

# ---------------- 2 ----------------
def rnn_params(gates, inp, hid, layers):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)
    return total


add("2a", "LSTM parameter count", "integer", rnn_params(4, 128, 256, 2))
add("2b", "GRU parameter count", "integer", rnn_params(3, 64, 32, 1))
E = 512
add("2c", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)
skip("2d", "explain in words")


def birnn_params(gates, inp, hid, layers):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else 2 * hid
        total += 2 * gates * (hid * i + hid * hid + 2 * hid)
    return total


add("2e", "bidirectional LSTM parameter count", "integer", birnn_params(4, 128, 256, 2))

# ---------------- 3 ----------------
def grad(w):
    return np.array([w[0], 10 * w[1]])


w0 = np.array([1.0, 1.0])
lr = 0.1
add("3a", "SGD step", "vector", lst(w0 - lr * grad(w0)), 1e-6)
w, v, mu = w0.copy(), np.zeros(2), 0.9
for _ in range(2):
    v = mu * v + grad(w)
    w = w - lr * v
add("3b", "SGD momentum steps", "vector", lst(w), 1e-6)
g = grad(w0)
v = mu * 0 + g
add("3c", "Nesterov step", "vector", lst(w0 - lr * (g + mu * v)), 1e-6)
b1, b2, eps, lra = 0.9, 0.999, 1e-8, 0.01
m = (1 - b1) * g
s2 = (1 - b2) * g ** 2
mh, vh = m / (1 - b1), s2 / (1 - b2)
add("3d", "Adam step", "vector", lst(w0 - lra * mh / (np.sqrt(vh) + eps)), 1e-6)
wd = 0.01
add("3e", "SGD with weight decay", "vector", lst(w0 - lr * (g + wd * w0)), 1e-6)
skip("3f", "ambiguous: weight decay in Adam may be L2 added to the gradient (torch.optim.Adam) or decoupled (AdamW); the part does not say which")
epoch = 25
add("3g", "step learning-rate schedule", "real", num(0.1 * 0.5 ** (epoch // 10)), 1e-6)

# ---------------- 4 ----------------
c1 = np.array([[1, 4, 2], [0, 5, 3], [6, 1, 2]], float)
c2 = np.array([[0, -1, 3], [2, 2, -4], [1, 0, 6]], float)
F = np.stack([c1, c2])
add("4a", "global average pooling", "vector", lst(np.round(F.mean(axis=(1, 2)), 8)), 0.001)
add("4b", "global max pooling", "vector", lst(F.max(axis=(1, 2))))

with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": "week5_params_optim", "source": "problems.md", "parts": parts}, fh, sort_keys=False, default_flow_style=None)
print(open(os.path.join(HERE, "expected.yaml")).read())
