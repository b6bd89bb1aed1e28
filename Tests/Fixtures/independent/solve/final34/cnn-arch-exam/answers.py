"""Recompute every answer of cnn-arch-exam/problems.tex and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(id_, family, kind, answer, **extra):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


# ---- Question 1: output shapes (each layer feeds the next) ----
H = 128
h1 = conv_out(H, 7, 2, 3)
add("1a", "conv output shape", "shape", [32, h1, h1], layout="CHW")
h2 = conv_out(h1, 3, 2, 1)
add("1b", "max pool output shape", "shape", [32, h2, h2], layout="CHW")
h3 = conv_out(h2, 5, 1, 0, 2)
add("1c", "dilated conv output shape", "shape", [64, h3, h3], layout="CHW")
h4 = h3  # 'same' padding, stride 1
add("1d", "same-padding conv output shape", "shape", [64, h4, h4], layout="CHW")
h5 = convT_out(h4, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [16, h5, h5], layout="CHW")
opts = {"A": (3, 3, 0, 1), "B": (5, 3, 2, 1), "C": (4, 3, 0, 1), "D": (3, 2, 1, 2)}
hits = [k for k, (kk, s, p, d) in opts.items() if conv_out(128, kk, s, p, d) == 43]
assert len(hits) == 1, hits
add("1f", "conv output shape (multiple choice)", "choice", hits[0])

# ---- Question 2: parameter counts ----
a = 64 * 128 * 3 * 3 + 128
add("2a", "conv parameter count", "integer", a)
add("2b", "grouped conv parameter count", "integer", (64 // 4) * 128 * 3 * 3)
dw = 64 * 1 * 3 * 3 + 64
pw = 128 * 64 * 1 * 1 + 128
add("2c", "depthwise separable parameter count", "integer", dw + pw)
add("2d", "batch norm parameter count", "integer", 2 * 128)
add("2e", "layer norm parameter count", "integer", 2 * 128 * 14 * 14)


def lstm_params(inp, hid, layers, gates=4):
    tot = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        tot += gates * hid * (i + hid) + 2 * gates * hid
    return tot


add("2f", "LSTM parameter count", "integer", lstm_params(128, 256, 2))
add("2g", "GRU parameter count", "integer", lstm_params(64, 32, 1, gates=3))
E = 256
add("2h", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)
nc("2i", "explain in words")

# ---- Question 3: MACs ----
add("3a", "conv MACs", "integer", 32 * h1 * h1 * 3 * 7 * 7)
sep = 64 * 28 * 28 * 3 * 3 + 128 * 28 * 28 * 64
add("3b", "depthwise separable MACs", "integer", sep)
std = 128 * 28 * 28 * 64 * 3 * 3
add("3c", "MAC reduction ratio", "real", round(std / sep, 2), tolerance=0.005)

# ---- Question 4: receptive fields ----
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 2, 1), (3, 1, 2)]


def rf(upto, layers=layers):
    r, j = 1, 1
    for k, s, d in layers[:upto]:
        r += d * (k - 1) * j
        j *= s
    return r, j


add("4a", "receptive field", "integer", rf(4)[0])
add("4b", "receptive field", "integer", rf(6)[0])
# average pool has the same kernel/stride as the max pool, so only the type differs
avg_layers = list(layers)
avg_layers[2] = (2, 2, 1)  # 2x2 average pool, stride 2
add("4c", "receptive field (true/false)", "boolean", rf(6, avg_layers)[0] != rf(6)[0])
nc("4d", "explain in words")

class Dumper(yaml.SafeDumper):
    pass


def _list(dumper, value):
    # lists of numbers / rows are written inline, the list of parts as a block
    flow = not any(isinstance(x, dict) for x in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


Dumper.add_representer(list, _list)

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump({"set": "cnn-arch-exam", "source": "problems.tex", "parts": parts}, f,
              Dumper=Dumper, sort_keys=False, default_flow_style=False, width=200)
