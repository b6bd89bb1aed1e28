#!/usr/bin/env python3
"""Recompute every answer of hw2_cnn_architecture/problems.tex and write expected.yaml."""
import math
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


parts = []


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Problem 1 ----------------
H = 128
c1, h1 = 32, conv_out(H, 5, 1, 2)
c2, h2 = c1, conv_out(h1, 2, 2)
c3, h3 = 64, conv_out(h2, 3, 2, 1)
c4, h4 = 64, conv_out(h3, 3, 1, 0, 2)
c5, h5 = c4, conv_out(h4, 3, 2)
c6, h6 = 32, tconv_out(h5, 4, 2, 1)
# 'same' keeps the spatial size for stride 1
h4same = h3
add("1a", "pooling output shape", "shape", [c2, h2, h2], layout="CHW")
add("1b", "conv output shape (stride, padding)", "shape", [c3, h3, h3], layout="CHW")
add("1c", "conv output shape (dilation)", "shape", [c4, h4, h4], layout="CHW")
add("1d", "avg pooling output shape", "shape", [c5, h5, h5], layout="CHW")
add("1e", "transposed conv output shape", "shape", [c6, h6, h6], layout="CHW")
add("1f", "conv output shape ('same' padding)", "shape", [64, h4same, h4same], layout="CHW")
nc("1g", "explain in words")

# ---------------- Problem 2 ----------------
def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)

P1 = conv_params(3, 32, 5)
P3 = conv_params(32, 64, 3)
P4 = conv_params(64, 64, 3)
P6 = 64 * 32 * 4 * 4 + 32           # ConvTranspose2d weight (in, out, k, k) + bias(out)
add("2a", "conv parameter count", "integer", P1)
add("2b", "transposed conv parameter count", "integer", P6)
add("2c", "network parameter count", "integer", P1 + P3 + P4 + P6)
dw = conv_params(64, 64, 3, groups=64)
pw = conv_params(64, 64, 1)
add("2d", "depthwise separable parameter count", "integer", dw + pw)
add("2e", "grouped conv parameter count", "integer", conv_params(64, 64, 3, groups=4))
add("2f", "batch norm parameter count", "integer", 2 * 64)

# ---------------- Problem 3 ----------------
mac1 = c1 * h1 * h1 * (3 * 5 * 5)
mac3 = c3 * h3 * h3 * (32 * 3 * 3)
mac4 = c4 * h4 * h4 * (64 * 3 * 3)
mac_dw = 64 * h4 * h4 * (3 * 3)
mac_pw = 64 * h4 * h4 * 64
add("3a", "conv MACs", "integer", mac1)
add("3b", "conv FLOPs", "integer", 2 * mac3)
add("3c", "MAC ratio standard vs depthwise separable", "real",
    round(mac4 / (mac_dw + mac_pw), 4), tolerance=0.01)

# ---------------- Problem 4 ----------------
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 2, 1), (3, 1, 2)]  # (k, s, d)
r, j, rf = 1, 1, []
for k, s, d in layers:
    r += d * (k - 1) * j
    j *= s
    rf.append(r)
add("4a", "receptive field", "integer", rf[3])
add("4b", "receptive field", "integer", rf[5])
n = 0
while 1 + 2 * n < 25:
    n += 1
add("4c", "receptive field (layers needed)", "integer", n)
nc("4d", "discuss advantages and drawbacks")

# ---------------- Problem 5 ----------------
x = np.array([2, -1, 3, 0, 1])
w = np.array([1, 2, -1])
add("5a", "1D conv output length", "integer", len(x) - len(w) + 1)
# flipped: np.convolve(x, w, 'valid') -> ; unflipped: np.correlate(x, w, 'valid')
assert not np.array_equal(np.convolve(x, w, "valid"), np.correlate(x, w, "valid"))
nc("5b", "ambiguous: the set never says whether 'convolution' flips the kernel "
          "(true convolution gives %s, cross-correlation gives %s)"
   % (np.convolve(x, w, "valid").tolist(), np.correlate(x, w, "valid").tolist()))

class _Dumper(yaml.SafeDumper):
    pass


class _Block(list):
    pass


_Dumper.add_representer(list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(_Block, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=False))

out = {"set": "hw2_cnn_architecture", "source": "problems.tex", "parts": _Block(parts)}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=200)
print(open(os.path.join(HERE, "expected.yaml")).read())
