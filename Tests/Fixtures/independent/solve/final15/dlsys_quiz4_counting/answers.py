"""Expected answers for dlsys_quiz4_counting (CSE 493G Written Assignment 4).

Recomputes every numeric answer from the numbers in problems.tex and writes expected.yaml.
PyTorch conventions: Conv2d/Linear have a bias; LSTM/GRU have b_ih and b_hh per gate;
LayerNorm/BatchNorm have an affine weight and bias (running stats are buffers).
"""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def linear_params(fin, fout, bias=True):
    return fin * fout + (fout if bias else 0)


def rnn_params(input_size, hidden, num_layers, gates):
    total = 0
    for layer in range(num_layers):
        inp = input_size if layer == 0 else hidden
        total += gates * (hidden * inp + hidden * hidden + 2 * hidden)
    return total


def mha_params(e, bias=True):
    return 4 * e * e + (4 * e if bias else 0)


parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Question 1 ----------------
cin, cout, k, H, W = 64, 128, 3, 56, 56
std = conv_params(cin, cout, k)
dw = conv_params(cin, cin, k, groups=cin)          # depthwise 3x3, with bias
pw = conv_params(cin, cout, 1)                     # pointwise 1x1, with bias
grp = conv_params(cin, cout, k, groups=4)
macs_std = H * W * cout * cin * k * k
macs_sep = H * W * (cin * k * k + cin * cout)
add("1a", "conv parameter count", "integer", std)
add("1b", "depthwise separable parameter count", "integer", dw + pw)
add("1c", "grouped conv parameter count", "integer", grp)
add("1d", "conv MACs", "integer", macs_std)
add("1e", "depthwise separable MACs", "integer", macs_sep)
ratio = macs_sep / macs_std
options = {"A": 1 / 2, "B": 1 / 8, "C": 1 / 32, "D": 1 / 128}
add("1f", "MAC ratio (multiple choice)", "choice", min(options, key=lambda o: abs(options[o] - ratio)))

# ---------------- Question 2 ----------------
emb = 5000 * 128
lstm = rnn_params(128, 256, 2, gates=4)
norm = 2 * 256
fc = linear_params(256, 10)
gru = rnn_params(128, 256, 2, gates=3)
add("2a", "embedding parameter count", "integer", emb)
add("2b", "LSTM parameter count (PyTorch biases)", "integer", lstm)
add("2c", "layer norm parameter count", "integer", norm)
add("2d", "linear parameter count", "integer", fc)
add("2e", "total parameter count", "integer", emb + lstm + norm + fc)
add("2f", "GRU parameter count (PyTorch biases)", "integer", gru)

# ---------------- Question 3 ----------------
E, heads, n = 512, 8, 100
dk = E // heads
add("3a", "multi-head attention parameter count", "integer", mha_params(E))
add("3b", "per-head dimension", "integer", dk)
add("3c.i", "attention score count", "integer", heads * n * n)
add("3c.ii", "attention score MACs", "integer", heads * n * n * dk)
non("3c.iii", "explain in words / discuss")
add("3d", "batch norm parameter count", "integer", 2 * 128)

# ---------------- Question 4 ----------------
add("4a", "parameter count comparison (true/false)", "boolean",
    bool(conv_params(16, 32, 1) == linear_params(16, 32)))
cands = {
    "A": conv_params(3, 64, 7),
    "B": linear_params(100, 100),
    "C": 1000 * 10,
    "D": rnn_params(10, 20, 1, gates=4),
}
add("4b", "largest parameter count (multiple choice)", "choice", max(cands, key=cands.get))
non("4c", "explain in words")
add("4d", "linear layer FLOPs", "integer", 2 * 32 * 1024 * 4096)

out = {"set": "dlsys_quiz4_counting", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=100))
print("candidates 4b:", cands, "ratio 1f:", ratio)
