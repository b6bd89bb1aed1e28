"""Recompute every answer of midterm_practice and write expected.yaml next to this file."""
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def num(v):
    v = np.asarray(v)
    if v.ndim == 0:
        f = float(v)
        return int(round(f)) if abs(f - round(f)) < 1e-9 else round(f, 4)
    return [num(e) for e in v]


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": num(answer) if kind not in ("choice", "choices", "boolean") else answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)


def rnn_layer_params(gates, inp, hid):
    # PyTorch: W_ih, W_hh, b_ih, b_hh for every gate
    return gates * (hid * inp + hid * hid + 2 * hid)


def lstm_params(inp, hid, layers):
    return sum(rnn_layer_params(4, inp if l == 0 else hid, hid) for l in range(layers))


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


LETTERS = "ABCDE"

# Question 1
add("1a", "conv parameter count", "integer", conv_params(3, 64, 7))
add("1b", "conv parameter count (no bias)", "integer", conv_params(64, 128, 3, bias=False))
add("1c", "depthwise separable parameter count", "integer",
    conv_params(64, 64, 3, groups=64) + conv_params(64, 128, 1))
add("1d", "grouped conv parameter count", "integer", conv_params(64, 128, 3, groups=4))
add("1e", "linear parameter count", "integer", linear_params(512, 10))
add("1f", "embedding parameter count", "integer", 30000 * 256)
add("1g", "batch norm parameter count", "integer", 2 * 64)
add("1h.i", "LSTM parameter count (one layer)", "integer", lstm_params(128, 256, 1))
add("1h.ii", "LSTM parameter count (two layers)", "integer", lstm_params(128, 256, 2))
add("1i", "GRU parameter count", "integer", rnn_layer_params(3, 64, 32))
add("1j", "layer norm parameter count", "integer", 2 * 768)
E = 512
add("1k", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)

# Question 2
strides = [1, 2, 3, 4]
ok = [s for s in strides if conv_out(32, 3, s, 1) == 16]
assert len(ok) == 1
add("2a", "conv stride from shapes", "choice", LETTERS[strides.index(ok[0])])
counts = [linear_params(100, 200), conv_params(16, 32, 5), 1000 * 24, lstm_params(20, 40, 1)]
assert len(set(counts)) == 4
add("2b", "compare parameter counts", "choice", LETTERS[int(np.argmax(counts))])
z = np.linspace(-10, 10, 200001)
s = 1 / (1 + np.exp(-z))
dmax = float(np.max(s * (1 - s)))
opts = [0.5, 1, 0.25, 0.1]
add("2c", "sigmoid derivative maximum", "choice", LETTERS[int(np.argmin([abs(o - dmax) for o in opts]))])
cands = [(3, 1, 1), (5, 2, 1), (3, 0, 1), (7, 3, 1), (3, 1, 2)]  # kernel, padding, dilation
add("2d", "conv output shape (select all)", "choices",
    [LETTERS[i] for i, (k, p, d) in enumerate(cands) if conv_out(28, k, 1, p, d) == 28])

# Question 3
add("3a", "batch norm parameter count", "boolean", 2 * 100 == 200)
add("3b", "pooling output shape", "boolean", conv_out(7, 2, 2) == 4)
add("3c", "inverted dropout scaling", "boolean", abs(1 / (1 - 0.2) - 1.25) < 1e-12)
nc("3d", "explain / discuss")

# Question 4
add("4a", "linear layer MACs", "integer", 32 * 1024 * 4096)
H = W = conv_out(56, 3, 1, 1)
std = H * W * 128 * 128 * 9
sep = H * W * 128 * 9 + H * W * 128 * 128
add("4b", "depthwise separable MAC ratio", "real", round(std / sep, 2), tol=0.01)

with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump({"set": "midterm_practice", "source": "problems.tex", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=100)
print(len(parts), "parts,", sum(p["computable"] for p in parts), "computable")
