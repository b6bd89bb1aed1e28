"""Recompute every answer of midterm-practice-params/problems.tex and write expected.yaml."""
import os

import numpy as np
import yaml

SET = "midterm-practice-params"
parts = []


def add(pid, family, kind, answer, tol=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    e["answer"] = answer
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def rnn_params(gates, inp, hid, layers=1, bidirectional=False):
    dirs = 2 if bidirectional else 1
    total = 0
    for layer in range(layers):
        in_l = inp if layer == 0 else hid * dirs
        per_dir = gates * (hid * in_l + hid * hid + hid + hid)  # W_ih, W_hh, b_ih, b_hh
        total += dirs * per_dir
    return total


def mha_params(e, heads, bias=True):
    # in_proj (q, k, v) + out_proj; the head count only splits e, it adds no weights
    assert e % heads == 0
    return 3 * e * e + (3 * e if bias else 0) + e * e + (e if bias else 0)


# ---------------- Question 1 ----------------
p1a = conv_params(64, 128, 3)
add("1a", "conv parameter count", "integer", p1a)
p1b = conv_params(64, 64, 3, groups=64) + conv_params(64, 128, 1)
add("1b", "depthwise separable parameter count", "integer", p1b)
add("1c", "grouped conv parameter count", "integer", conv_params(64, 128, 3, groups=4, bias=False))
add("1d.i", "linear parameter count", "integer", 4096 * 1000 + 1000)
add("1d.ii", "linear parameter count (no bias)", "integer", 4096 * 1000)
add("1e", "embedding parameter count", "integer", 30000 * 512)
add("1f", "batch norm parameter count", "integer", 2 * 128)
add("1g", "layer norm parameter count", "integer", 2 * 768)

# ---------------- Question 2 ----------------
add("2a", "LSTM parameter count", "integer", rnn_params(4, 128, 256, layers=2))
add("2b", "GRU parameter count", "integer", rnn_params(3, 128, 256))
add("2c", "bidirectional LSTM parameter count", "integer",
    rnn_params(4, 64, 32, bidirectional=True))
p8 = mha_params(512, 8)
add("2d", "multi-head attention parameter count", "integer", p8)
p16 = mha_params(512, 16)
options = {"A": p16 == 2 * p8, "B": 2 * p16 == p8, "C": p16 == p8, "D": p16 == p8 + 512}
assert sum(options.values()) == 1
add("2e", "multi-head attention parameter count (choice)", "choice",
    [k for k, v in options.items() if v][0])

# ---------------- Question 3 ----------------
h = np.array([2.0, 0.5, -1.0, 3.0, 1.5])
m = np.array([1, 0, 1, 1, 0])
p_drop = 0.4
q = 1 - p_drop
add("3a", "inverted dropout forward", "vector",
    [round(float(v), 4) for v in h * m / q], tol=0.001)
add("3b", "classic dropout test-time scaling", "vector",
    [round(float(v), 4) for v in q * h], tol=0.001)
x = 3.0
vals = np.array([x / q, 0.0])
probs = np.array([q, p_drop])
var = float(np.sum(probs * vals ** 2) - np.sum(probs * vals) ** 2)
add("3c", "inverted dropout variance", "real", round(var, 4), tol=0.001)
add("3d", "inverted dropout test time", "boolean", True)
skip("3e", "explain in words")

# ---------------- Question 4 ----------------
sig = lambda z: 1 / (1 + np.exp(-z))
d_sig0 = sig(0.0) * (1 - sig(0.0))
opts = {"A": 0.0, "B": 0.25, "C": 0.5, "D": 1.0}
add("4a", "sigmoid derivative (choice)", "choice",
    min(opts, key=lambda k: abs(opts[k] - d_sig0)))
d_tanh = 1 - np.tanh(0.5) ** 2
opts = {"A": 0.2135, "B": 0.4621, "C": 0.7864, "D": 0.8868}
add("4b", "tanh derivative (choice)", "choice",
    min(opts, key=lambda k: abs(opts[k] - d_tanh)))
add("4c", "depthwise separable savings (true/false)", "boolean", bool(p1a / p1b > 8))
skip("4d", "discuss in words")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": SET, "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump({"parts": parts}, sort_keys=False, default_flow_style=None, width=100))
