"""Recompute every answer of params-exam/problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(id, family, kind, answer, **kw):
    d = {"id": id, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def skip(id, why):
    parts.append({"id": id, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return int((cin // groups) * cout * k * k + (cout if bias else 0))


def linear_params(i, o, bias=True):
    return int(i * o + (o if bias else 0))


def rnn_params(inp, hid, gates, layers=1, bidir=False):
    dirs = 2 if bidir else 1
    total = 0
    for l in range(layers):
        in_l = inp if l == 0 else hid * dirs
        total += dirs * gates * (hid * in_l + hid * hid + 2 * hid)
    return int(total)


# ---------------- Question 1
cin, cout, k, H = 8, 16, 5, 32
p_std = conv_params(cin, cout, k)
add("1a", "conv parameter count", "integer", p_std)
p_dw = conv_params(cin, cin, k, groups=cin) + conv_params(cin, cout, 1)
add("1b", "depthwise separable parameter count", "integer", p_dw)
add("1c", "grouped conv parameter count", "integer", conv_params(cin, cout, k, groups=4))
mac_std = cout * H * H * cin * k * k
add("1d", "conv MACs", "integer", int(mac_std))
mac_dw = cin * H * H * k * k + cout * H * H * cin
add("1e", "depthwise separable MACs", "integer", int(mac_dw))
ratio = mac_std / mac_dw
opts = {"A": 2, "B": 5, "C": 10, "D": 25, "E": 100}
best = min(opts, key=lambda c: abs(np.log(opts[c] / ratio)))
add("1f", "MAC reduction factor (multiple choice)", "choice", best)

# ---------------- Question 2
add("2a", "linear parameter count", "integer", linear_params(512, 10))
add("2b", "embedding parameter count", "integer", 30000 * 256)
add("2c", "batch norm parameter count", "integer", 2 * 64)
add("2d", "layer norm parameter count", "integer", 2 * 768)
sizes = [784, 256, 128, 10]
add("2e.i", "linear parameter count", "integer", linear_params(784, 256))
add("2e.ii", "MLP parameter count", "integer",
    sum(linear_params(a, b) for a, b in zip(sizes[:-1], sizes[1:])))

# ---------------- Question 3
add("3a", "LSTM parameter count", "integer", rnn_params(128, 256, 4))
add("3b", "LSTM parameter count (2 layers)", "integer", rnn_params(128, 256, 4, layers=2))
add("3c", "GRU parameter count", "integer", rnn_params(64, 32, 3))
add("3d", "LSTM parameter count (bidirectional)", "integer", rnn_params(128, 256, 4, bidir=True))

# ---------------- Question 4
E, h, n = 512, 8, 100
mha = 3 * E * E + 3 * E + E * E + E
add("4a", "multi-head attention parameter count", "integer", int(mha))
mha16 = 3 * E * E + 3 * E + E * E + E   # head count does not enter the formula
add("4b", "multi-head attention parameter count (true/false)", "boolean", bool(mha16 != mha))
add("4c", "attention score MACs", "integer", int(h * n * n * (E // h)))
skip("4d", "explain in words")

# ---------------- Question 5
macs = 32 * 1024 * 4096
add("5a", "linear layer MACs", "integer", int(macs))
add("5b", "linear layer FLOPs", "integer", int(2 * macs))

doc = {"set": "params-exam", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
print("ratio", ratio)
