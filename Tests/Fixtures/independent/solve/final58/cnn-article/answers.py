"""Compute the answers of cnn-article/problems.tex and write expected.yaml."""
import math
import os
import numpy as np
import yaml

parts = []


class Dumper(yaml.SafeDumper):
    pass


def _seq(dumper, v):
    flow = not any(isinstance(x, dict) for x in v)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=flow)


Dumper.add_representer(list, _seq)


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def conv_params(cin, cout, k, groups=1, bias=True):
    return (cin // groups) * k * k * cout + (cout if bias else 0)


# Problem 1: classifier on 3x32x32
h = 32
h = conv_out(h, 5, 1, 2)          # conv1, pad 2
h = conv_out(h, 2, 2)             # pool
h = conv_out(h, 3, 1, 1)          # conv2
h = conv_out(h, 2, 2)             # pool
add("1a", "whole-model shape", "shape", [64, h, h], layout="CHW")
layers = [(3, 32, 5), (32, 64, 3), (64, 128, 3)]
fc = 128 * 10 + 10
total = sum(conv_params(a, b, k) for a, b, k in layers) + fc
add("1b", "whole-model parameter count", "integer", int(total))
total_bn = sum(conv_params(a, b, k, bias=False) + 2 * b for a, b, k in layers) + fc
add("1c", "whole-model parameter count with batch norm", "integer", int(total_bn))
h3 = conv_out(h, 3, 1, 1)
add("1d", "linear parameter count", "integer", int(128 * h3 * h3 * 10 + 10))
skip("1e", "explain in words")

# Problem 2: 64 -> 128, 3x3, 56x56, pad 1, no bias
std = conv_params(64, 128, 3, bias=False)
add("2a", "conv parameter count", "integer", std)
add("2b", "grouped conv parameter count", "integer", conv_params(64, 128, 3, groups=4, bias=False))
sep = 64 * 9 + 64 * 128
add("2c", "depthwise separable parameter count", "integer", sep)
ho = conv_out(56, 3, 1, 1)
macs_std = ho * ho * std
add("2d", "conv MACs", "integer", int(macs_std))
macs_sep = ho * ho * (64 * 9) + ho * ho * (64 * 128)
add("2e", "MAC ratio separable vs standard", "real", round(macs_std / macs_sep, 4), tolerance=0.001)
opts = {"A": 9344, "B": 9216, "C": 73856, "D": 1152}
val = conv_params(64, 128, 3, groups=8, bias=True)
add("2f", "grouped conv parameter count", "choice", [k for k, v in opts.items() if v == val][0])
add("2g", "depthwise conv definition", "boolean", True)

# Problem 3: receptive fields
stack = [("conv", 3, 1, 1), ("conv", 3, 1, 1), ("pool", 2, 2, 1),
         ("conv", 3, 1, 1), ("conv", 3, 1, 2), ("pool", 2, 2, 1)]


def rf(layers):
    r, j = 1, 1
    for _, k, s, d in layers:
        r += (d * (k - 1) + 1 - 1) * j
        j *= s
    return r


add("3a", "receptive field", "integer", rf(stack[:3]))
add("3b", "receptive field", "integer", rf(stack))
skip("3c", "derive a general formula")
n = 1
while rf([("conv", 3, 1, 1)] * n) < 31:
    n += 1
add("3d", "receptive field depth", "integer", n)
h = 64
for _, k, s, d in stack:
    h = conv_out(h, k, s, 0, d)
add("3e", "stack output shape", "shape", [h, h], layout="HW")

# Problem 4: output shapes, x = (8, 3, 128, 128)
N, H = 8, 128
H = conv_out(H, 7, 2, 3)
add("4a", "conv output shape", "shape", [N, 16, H, H], layout="NCHW")
H = conv_out(H, 3, 1, 0, 2)
add("4b", "dilated conv output shape", "shape", [N, 32, H, H], layout="NCHW")
H = conv_out(H, 3, 2)
add("4c", "pooling output shape", "shape", [N, 32, H, H], layout="NCHW")
H = (H - 1) * 2 - 2 * 1 + 4
add("4d", "transposed conv output shape", "shape", [N, 8, H, H], layout="NCHW")
hs = math.ceil(100 / 3)
add("4e", "same-padding conv output shape", "shape", [hs, hs, 24], layout="HWC")

out = {"set": "cnn-article", "source": "problems.tex", "parts": parts}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False)
