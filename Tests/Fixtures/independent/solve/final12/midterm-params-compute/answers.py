"""Recompute every computable answer of midterm-params-compute and write expected.yaml."""
import numpy as np
import yaml


def conv2d_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def conv2d_macs(cin, cout, k, hout, wout, groups=1):
    return cout * hout * wout * (cin // groups) * k * k


def linear_params(fin, fout, bias=True):
    return fin * fout + (fout if bias else 0)


def rnn_params(inp, hid, gates, num_layers=1, bidirectional=False, bias=True):
    dirs = 2 if bidirectional else 1
    total = 0
    for layer in range(num_layers):
        layer_in = inp if layer == 0 else hid * dirs
        per_dir = gates * hid * layer_in + gates * hid * hid + (2 * gates * hid if bias else 0)
        total += dirs * per_dir
    return total


def norm_params(num_features, affine=True):
    # weight (gamma) and bias (beta), one each per feature; running stats are buffers
    return 2 * num_features if affine else 0


def mha_params(e, num_heads, bias=True):
    # in_proj_weight (3e x e), in_proj_bias (3e), out_proj Linear(e, e);
    # heads split the e dimensions, so num_heads does not enter the count
    assert e % num_heads == 0
    return 3 * e * e + (3 * e if bias else 0) + linear_params(e, e, bias)


parts = []
def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)

def noc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})

# ---------------- Question 1 ----------------
# nn.Conv2d(64, 128, kernel_size=3, padding=1), input (N, 64, 56, 56) -> output 56x56
H = W = 56
Hout = (H + 2 * 1 - 3) // 1 + 1
p_a = conv2d_params(64, 128, 3)
add("1a", "conv parameter count", "integer", p_a)
add("1b", "conv MACs", "integer", conv2d_macs(64, 128, 3, Hout, Hout))
p_c = conv2d_params(64, 64, 3, groups=64) + conv2d_params(64, 128, 1)
add("1c", "depthwise separable parameter count", "integer", p_c)
add("1d", "depthwise separable MACs", "integer",
    conv2d_macs(64, 64, 3, Hout, Hout, groups=64) + conv2d_macs(64, 128, 1, Hout, Hout))
add("1e", "grouped conv parameter count", "integer", conv2d_params(64, 128, 3, groups=4, bias=False))
opts = {"A": 2, "B": 4, "C": 8, "D": 9, "E": 16}
ratio = p_a / p_c
add("1f", "parameter ratio (multiple choice)", "choice", min(opts, key=lambda k: abs(opts[k] - ratio)))

# ---------------- Question 2 ----------------
dims = [784, 256, 128, 10]
add("2a", "linear parameter count", "integer", linear_params(784, 256))
add("2b", "MLP parameter count", "integer", sum(linear_params(a, b) for a, b in zip(dims[:-1], dims[1:])))
add("2c", "MLP parameter count without bias", "integer",
    sum(linear_params(a, b, bias=False) for a, b in zip(dims[:-1], dims[1:])))
add("2d", "linear layer FLOPs", "integer", 2 * 32 * 784 * 256)

# ---------------- Question 3 ----------------
add("3a", "embedding parameter count", "integer", 30000 * 512)
add("3b", "layer norm parameter count", "integer", norm_params(512))
add("3c", "batch norm parameter count", "integer", norm_params(128))
add("3d", "batch norm parameter count (true/false)", "boolean", norm_params(128, affine=False) == 0)

# ---------------- Question 4 ----------------
add("4a", "LSTM parameter count", "integer", rnn_params(128, 256, 4, num_layers=2))
add("4b", "GRU parameter count", "integer", rnn_params(128, 256, 3))
add("4c", "bidirectional LSTM parameter count", "integer", rnn_params(128, 256, 4, bidirectional=True))
noc("4d", "explain in words")

# ---------------- Question 5 ----------------
add("5a", "multi-head attention parameter count", "integer", mha_params(512, 8))
add("5b", "multi-head attention parameter count (true/false)", "boolean", mha_params(512, 16) != mha_params(512, 8))
n, e, h = 128, 512, 8
add("5c", "attention score MACs", "integer", h * n * n * (e // h))
noc("5d", "explain / discuss")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "midterm-params-compute", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
print(open("expected.yaml").read())
