"""Answers for midterm-practice-exam. Writes expected.yaml next to this file."""
import os
import numpy as np
import yaml


def conv_params(cin, cout, k, groups=1, bias=True):
    return (cin // groups) * cout * k * k + (cout if bias else 0)


def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)


def rnn_params(gates, inp, hid, layers=1):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)
    return total


def mha_params(e):
    return 4 * e * e + 4 * e  # in_proj (3e x e + 3e) + out_proj (e x e + e)


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# Question 1
cin, cout, k, H = 32, 64, 3, 56
add("1a", "conv parameter count", "integer", conv_params(cin, cout, k))
ds = conv_params(cin, cin, k, groups=cin) + conv_params(cin, cout, 1)
add("1b", "depthwise separable parameter count", "integer", ds)
add("1c", "grouped conv parameter count", "integer", conv_params(cin, cout, k, groups=4))
macs_std = H * H * cout * cin * k * k
add("1d", "conv MACs", "integer", macs_std)
macs_ds = H * H * cin * k * k + H * H * cin * cout
ratio = macs_std / macs_ds
add("1e", "MACs ratio standard / depthwise separable", "real", round(ratio, 4), tolerance=0.005)

# Question 2
add("2a", "linear parameter count", "integer", linear_params(512, 10))
add("2b", "embedding parameter count", "integer", 30000 * 256)
add("2c", "batch norm parameter count", "integer", 2 * 64)
add("2d", "layer norm parameter count", "integer", 2 * 768)
add("2e", "LSTM parameter count (two biases)", "integer", rnn_params(4, 128, 256, layers=2))
add("2f", "GRU parameter count (two biases)", "integer", rnn_params(3, 64, 128))
add("2g", "multi-head attention parameter count", "integer", mha_params(512))

# Question 3
cands = {
    "A": conv_params(256, 256, 3),
    "B": linear_params(1024, 512),
    "C": rnn_params(4, 256, 256),
    "D": 5000 * 128,
    "E": mha_params(256),
}
add("3a", "parameter count comparison (multiple choice)", "choice", max(cands, key=cands.get))
specs = {"A": (3, 1, 1, 1), "B": (5, 1, 2, 1), "C": (3, 2, 1, 1), "D": (3, 1, 2, 2), "E": (2, 1, 1, 1)}
ok = [L for L, (kk, s, p, d) in specs.items() if conv_out(32, kk, s, p, d) == 32]
add("3b", "conv output shape (select all)", "choices", ok)
add("3c", "MHA parameter count vs heads (true/false)", "boolean", mha_params(512) != mha_params(512))
add("3d", "linear layer FLOPs", "integer", 2 * 32 * 4096 * 1000)
nc("3e", "explain in words")

# Question 4
h = 32
h = conv_out(h, 3, p=1); h = h // 2; h = conv_out(h, 3, p=1); h = h // 2
add("4a.i", "network output shape", "shape", [32, h, h], layout="CHW")
D = 32 * h * h
add("4a.ii", "flattened dimension", "integer", D)
total = conv_params(3, 16, 3) + conv_params(16, 32, 3) + linear_params(D, 10)
add("4b", "network parameter count", "integer", total)
add("4c", "conv MACs", "integer", 32 * 32 * 16 * 3 * 3 * 3)
add("4d", "linear parameter count after global average pooling", "integer", linear_params(32, 10))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "midterm-practice-exam", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
