"""Recompute every computable answer of dl-shapes-params-md and write expected.yaml."""
import numpy as np
import yaml


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


parts = []


def add(id_, family, kind, answer, **kw):
    e = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


# Problem 1
H = 128
h1 = conv_out(H, 7, 2, 3)
add("1a", "conv output shape", "shape", [32, h1, h1], layout="CHW")
h2 = conv_out(h1, 3, 2, 1)
add("1b", "pooling output shape", "shape", [32, h2, h2], layout="CHW")
h3 = conv_out(h2, 3, 1, 1)           # conv2
h4 = conv_out(h3, 3, 1, 2, 2)        # conv3 (dilated)
add("1c", "dilated conv output shape", "shape", [64, h4, h4], layout="CHW")
h5 = conv_out(h4, 3, 2, 0)
add("1d", "strided conv output shape", "shape", [128, h5, h5], layout="CHW")
h6 = convT_out(h5, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [64, h6, h6], layout="CHW")
add("1f", "same-padding conv output shape", "shape", [128, h4, h4], layout="CHW")
nc("1g", "explain and suggest a change")

# Problem 2
cin, cout, k, HW = 64, 128, 3, 32
std = cout * cin * k * k + cout
add("2a", "conv parameter count", "integer", int(std))
dws = (cin * k * k + cin) + (cin * cout + cout)
add("2b", "depthwise separable parameter count", "integer", int(dws))
g = 4
grp = cout * (cin // g) * k * k + cout
add("2c", "grouped conv parameter count", "integer", int(grp))
macs = HW * HW * cout * cin * k * k
add("2d", "conv MACs", "integer", int(macs))
nc("2e", "ambiguous: FLOPs may count a multiply-accumulate as one or two operations; the set does not say which")
add("2f", "batch norm parameter count", "integer", 2 * cout)
add("2g", "embedding parameter count", "integer", 30000 * 512)
add("2h", "layer norm parameter count", "integer", 2 * 512)

# Problem 3
def lstm_params(inp, hid, layers=1, gates=4, bidir=False):
    total = 0
    dirs = 2 if bidir else 1
    for l in range(layers):
        i = inp if l == 0 else hid * dirs
        total += dirs * (gates * hid * (i + hid) + 2 * gates * hid)
    return total

add("3a", "LSTM parameter count", "integer", lstm_params(128, 256, 2))
add("3b", "GRU parameter count", "integer", lstm_params(128, 256, 1, gates=3))
E = 512
mha = 3 * E * E + 3 * E + E * E + E
add("3c", "multi-head attention parameter count", "integer", int(mha))
add("3d", "attention head dimension", "integer", E // 8)
mha16 = 3 * E * E + 3 * E + E * E + E   # independent of the number of heads
add("3e", "multi-head attention parameter count", "choice", "B" if mha16 == mha else "A")
nc("3f", "discuss reasons")

# Problem 4
def rf(layers):
    r, j = 1, 1
    for kk, s, d in layers:
        keff = d * (kk - 1) + 1
        r += (keff - 1) * j
        j *= s
    return r

add("4a", "receptive field", "integer", rf([(3, 1, 1)] * 3))
net = [(7, 2, 1), (3, 2, 1), (3, 1, 1), (3, 1, 2)]
add("4b", "receptive field", "integer", rf(net))
add("4c", "receptive field", "integer", rf(net + [(3, 2, 1)]))

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "dl-shapes-params-md", "source": "problems.md", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
