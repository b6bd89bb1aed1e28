"""Recompute every answer of midterm_practice_params/problems.tex and write expected.yaml."""
import os

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, **kw):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return (cin // groups) * cout * k * k + (cout if bias else 0)


def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)


def rnn_params(gates, inp, hid, layers=1):
    total = 0
    for l in range(layers):
        x = inp if l == 0 else hid
        total += gates * (hid * x + hid * hid + 2 * hid)  # W_ih, W_hh, b_ih, b_hh
    return total


# ---------------- Question 1 ----------------
cin, cout, k, H = 64, 128, 3, 32
p_a = conv_params(cin, cout, k)
add("1a", "conv parameter count", "integer", p_a)
p_dw = conv_params(cin, cin, k, groups=cin)
p_pw = conv_params(cin, cout, 1)
add("1b", "depthwise separable parameter count", "integer", p_dw + p_pw)
add("1c", "grouped conv parameter count", "integer", conv_params(cin, cout, k, groups=4))
mac_a = cout * H * H * cin * k * k
add("1d.i", "conv MACs", "integer", int(mac_a))
mac_dw = cin * H * H * k * k + cout * H * H * cin
add("1d.ii", "depthwise separable MACs", "integer", int(mac_dw))
nc("1e", "explain / discuss")

# ---------------- Question 2 ----------------
V, E, Hd = 10000, 256, 512
p_emb = V * E
add("2a", "embedding parameter count", "integer", p_emb)
p_lstm = rnn_params(4, E, Hd, layers=2)
add("2b", "LSTM parameter count (PyTorch biases)", "integer", p_lstm)
p_fc = linear_params(Hd, V)
add("2c", "linear parameter count", "integer", p_fc)
add("2d", "GRU parameter count (PyTorch biases)", "integer", rnn_params(3, E, Hd, layers=1))
add("2e", "parameter count with weight tying", "integer", p_emb + p_lstm + V)

# ---------------- Question 3 ----------------
d, h, ff, L, B = 512, 8, 2048, 128, 4
p_mha = 4 * d * d + 4 * d  # in_proj (3d x d) + in_proj_bias + out_proj (d x d) + bias
add("3a", "multi-head attention parameter count", "integer", p_mha)
add("3b", "head dimension", "integer", d // h)
p_ffn = linear_params(d, ff) + linear_params(ff, d)
add("3c", "feed-forward parameter count", "integer", p_ffn)
p_ln = 2 * d
add("3d", "layer norm parameter count", "integer", p_ln)
add("3e", "attention weight tensor shape", "shape", [B, h, L, L], layout="batch, heads, query, key")
total = p_mha + p_ffn + 2 * p_ln
opts = {"A": 1.05e6, "B": 2.10e6, "C": 3.15e6, "D": 4.20e6}
best = min(opts, key=lambda o: abs(opts[o] - total))
add("3f", "transformer block parameter count (multiple choice)", "choice", best)

# ---------------- Question 4 ----------------
p_bn = 2 * 64
add("4a", "batch norm parameter count", "integer", p_bn)
p_lnbig = 2 * 64 * 32 * 32
add("4b", "layer norm vs batch norm parameters (true/false)", "boolean", bool(p_lnbig == p_bn))

# ---------------- Question 5 ----------------
widths = [784, 256, 128, 10]
p_mlp = sum(linear_params(a, b) for a, b in zip(widths[:-1], widths[1:]))
add("5a", "MLP parameter count", "integer", p_mlp)
p_mlp_bn = (linear_params(784, 256, False) + 2 * 256
            + linear_params(256, 128, False) + 2 * 128
            + linear_params(128, 10))
add("5b", "MLP parameter count with batch norm", "integer", p_mlp_bn)
nc("5c", "explain in words")

out = {"set": "midterm_practice_params", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
