"""Recompute every numeric answer of midterm-review-exam and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)


def rnn_params(inp, hid, layers, gates):
    # PyTorch: W_ih, W_hh and two bias vectors (b_ih, b_hh) per gate block
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)
    return total


def conv_out(n, k, s=1, p=0):
    return (n + 2 * p - k) // s + 1


# Question 1: 8 -> 16 channels, 5x5
cin, cout, k = 8, 16, 5
add("1a", "conv parameter count", "integer", conv_params(cin, cout, k))
dw = conv_params(cin, cin, k, groups=cin)
pw = conv_params(cin, cout, 1)
add("1b", "depthwise separable parameter count", "integer", dw + pw)
add("1c", "grouped conv parameter count", "integer", conv_params(cin, cout, k, groups=4))
Hout = conv_out(32, k, 1, 2)
macs_std = Hout * Hout * cout * cin * k * k
add("1d.i", "conv MACs", "integer", macs_std)
macs_dw = Hout * Hout * cin * k * k
macs_pw = Hout * Hout * cin * cout
add("1d.ii", "depthwise separable MACs", "integer", macs_dw + macs_pw)

# Question 2
add("2a", "embedding parameter count", "integer", 10000 * 256)
add("2b", "LSTM parameter count (PyTorch biases)", "integer", rnn_params(128, 256, 2, 4))
add("2c", "GRU parameter count (PyTorch biases)", "integer", rnn_params(64, 32, 1, 3))
E = 512
mha = 3 * E * E + 3 * E + E * E + E  # in_proj weight+bias, out_proj weight+bias
add("2d", "multi-head attention parameter count", "integer", mha)
add("2e", "layer norm parameter count", "integer", 2 * 256)
add("2f", "batch norm parameter count", "integer", 2 * 64)
add("2g", "linear parameter count (no bias)", "integer", linear_params(256, 10, bias=False))

# Question 3
opts = {
    "A": conv_params(64, 64, 3),
    "B": linear_params(64, 576),
    "C": conv_params(64, 64, 3, groups=64) + conv_params(64, 64, 1),
    "D": 1000 * 32,
}
add("3a", "parameter count comparison", "choice", min(opts, key=opts.get))
add("3b", "conv output shape", "boolean", bool(conv_out(16, 3, 2, 1) == 8))
p = 0.2
add("3c", "inverted dropout scaling", "real", round(3.0 / (1 - p), 4), tolerance=0.001)
q = 0.8
add("3d", "classic dropout test-time scaling", "real", round(3.0 * q, 4), tolerance=0.001)
expect = (1 - p) * (5 / (1 - p)) + p * 0.0
choices_e = {"A": 4, "B": 5, "C": 6.25, "D": 1}
add("3e", "dropout expectation", "choice",
    [c for c, v in choices_e.items() if np.isclose(v, expect)][0])
add("3f", "dropout expectation", "boolean", bool(np.isclose(200 * 0.2, 40)))

# Question 4
nc("4a", "explain in words")
nc("4b", "ambiguous: whether the dropout is inverted (output 2.0) or classic "
         "(output scaled by keep probability, 1.0) is not stated")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "midterm-review-exam", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
