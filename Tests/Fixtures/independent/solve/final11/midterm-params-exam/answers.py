"""Answers for the EECS 598 practice midterm (parameter counts, MACs); writes expected.yaml."""
import numpy as np
import yaml

SET = "midterm-params-exam"
parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    if isinstance(answer, (np.integer,)):
        answer = int(answer)
    if isinstance(answer, (np.floating,)):
        answer = float(answer)
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def linear_params(fin, fout, bias=True):
    return fin * fout + (fout if bias else 0)


def rnn_layer_params(gates, inp, hid):
    # PyTorch: weight_ih (gates*hid x inp), weight_hh (gates*hid x hid), bias_ih and bias_hh
    return gates * hid * inp + gates * hid * hid + 2 * gates * hid


def lstm_params(inp, hid, layers=1):
    return sum(rnn_layer_params(4, inp if l == 0 else hid, hid) for l in range(layers))


def gru_params(inp, hid, layers=1):
    return sum(rnn_layer_params(3, inp if l == 0 else hid, hid) for l in range(layers))


def mha_params(E):
    return 3 * E * E + 3 * E + E * E + E  # in_proj weight/bias + out_proj weight/bias


def conv_out(n, k, s=1, p=0):
    return (n + 2 * p - k) // s + 1


# ---- Question 1 ----
add("1a", "conv parameter count", "integer", conv_params(64, 128, 3))
add("1b", "depthwise separable parameter count", "integer",
    conv_params(64, 64, 3, groups=64) + conv_params(64, 128, 1))
add("1c", "grouped conv parameter count", "integer", conv_params(64, 128, 3, groups=4, bias=False))
add("1d", "linear parameter count", "integer", linear_params(512, 10))
add("1e", "embedding parameter count", "integer", 30000 * 256)
add("1f", "batch norm parameter count", "integer", 2 * 128)
add("1g", "layer norm parameter count", "integer", 2 * 256)
add("1h.i", "LSTM parameter count (first layer)", "integer", lstm_params(128, 256, 1))
add("1h.ii", "LSTM parameter count (two layers)", "integer", lstm_params(128, 256, 2))
add("1i", "GRU parameter count", "integer", gru_params(64, 32))
add("1j", "multi-head attention parameter count", "integer", mha_params(512))

# ---- Question 2 ----
Ho = conv_out(224, 7, 2, 3)
add("2a", "conv output shape", "shape", [64, Ho, Ho], layout="CHW")
macs = 64 * Ho * Ho * 3 * 7 * 7
add("2b", "conv MACs", "integer", macs)
add("2c", "conv FLOPs", "integer", 2 * macs)
add("2d", "linear MACs (batch)", "integer", 32 * 4096 * 1000)
options = {
    "A": conv_params(256, 256, 3),
    "B": linear_params(1024, 512),
    "C": 10000 * 64,
    "D": lstm_params(64, 128),
}
best = max(options, key=options.get)
add("2e", "most parameters (multiple choice)", "choice", best)

# ---- Question 3 ----
add("3a", "1x1 conv parameter count (true/false)", "boolean", conv_params(256, 64, 1, bias=False) == 16384)
maxpool_params = 0  # pooling has no weights
add("3b", "pooling parameter count (true/false)", "boolean", maxpool_params == 4)
skip("3c", "explain in words")

# ---- Question 4 ----
HW = 56 * 56
dw = HW * 64 * 9
pw = HW * 64 * 128
std = HW * 128 * 64 * 9
add("4a", "depthwise separable MACs", "integer", dw + pw)
add("4b", "conv MACs", "integer", std)
add("4c", "MAC ratio depthwise separable / standard", "real", round((dw + pw) / std, 6), tol=0.0005)

print(options)
with open("expected.yaml", "w") as fh:
    yaml.safe_dump({"set": SET, "source": "problems.tex", "parts": parts}, fh,
                   sort_keys=False, default_flow_style=None, width=200)
print(open("expected.yaml").read())
