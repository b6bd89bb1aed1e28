"""Expected answers for midterm_counting (DATA 642 practice midterm B). Writes expected.yaml."""
import json
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v, nd=None):
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, float):
            if nd is not None:
                x = round(x, nd)
            if x == int(x) and nd is None:
                return int(x)
            return float(x) + 0.0
        return x
    return [py(e, nd) for e in a]


def comp(pid, family, kind, answer, tol=None, layout=None, nd=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer, nd)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def noncomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def linear_params(fin, fout, bias=True):
    return fin * fout + (fout if bias else 0)


def rnn_layer_params(gates, inp, hid, bias=True, directions=1):
    # PyTorch: weight_ih (gates*hid x inp), weight_hh (gates*hid x hid), bias_ih and bias_hh
    per_dir = gates * hid * inp + gates * hid * hid + (2 * gates * hid if bias else 0)
    return directions * per_dir


def rnn_params(gates, inp, hid, num_layers=1, bias=True, bidirectional=False):
    dirs = 2 if bidirectional else 1
    total = 0
    for layer in range(num_layers):
        lin = inp if layer == 0 else hid * dirs
        total += rnn_layer_params(gates, lin, hid, bias, dirs)
    return total


def mha_params(e, heads, bias=True):
    # in_proj (3e x e) + in_proj_bias (3e) + out_proj Linear(e, e); independent of heads
    return 3 * e * e + (3 * e if bias else 0) + linear_params(e, e, bias)


def closest(options, value):
    return "ABCDEFG"[int(np.argmin([abs(o - value) for o in options]))]


# ---------------- Question 1 ----------------
cin, cout, k, H, W = 64, 128, 3, 32, 32
std = conv_params(cin, cout, k)
comp("1a", "conv parameter count", "integer", std)
dws = conv_params(cin, cin, k, groups=cin) + conv_params(cin, cout, 1)
comp("1b", "depthwise separable parameter count", "integer", dws)
comp("1c", "grouped conv parameter count", "integer", conv_params(cin, cout, k, groups=4, bias=False))
comp("1d", "conv MACs", "integer", cout * H * W * cin * k * k)
comp("1e", "parameter ratio (multiple choice)", "choice", closest([4, 8.2, 16, 64], std / dws))

# ---------------- Question 2 ----------------
comp("2a.i", "LSTM parameter count (first layer)", "integer", rnn_layer_params(4, 128, 256))
comp("2a.ii", "LSTM parameter count (2 layers)", "integer", rnn_params(4, 128, 256, num_layers=2))
comp("2b", "GRU parameter count", "integer", rnn_params(3, 64, 32))
comp("2c", "bidirectional LSTM parameter count, no bias", "integer",
     rnn_params(4, 10, 20, bias=False, bidirectional=True))
T, B = 50, 16
comp("2d.i", "LSTM output shape", "shape", [T, B, 256], layout="(L, N, H_out)")
comp("2d.ii", "LSTM h_n shape", "shape", [2, B, 256], layout="(num_layers, N, H_out)")

# ---------------- Question 3 ----------------
V, d, h, ff = 30000, 512, 8, 2048
emb = V * d
comp("3a", "embedding parameter count", "integer", emb)
mha = mha_params(d, h)
comp("3b", "multi-head attention parameter count", "integer", mha)
ln = 2 * d
comp("3c", "layer norm parameter count", "integer", ln)
ffn = linear_params(d, ff) + linear_params(ff, d)
comp("3d", "feed-forward parameter count", "integer", ffn)
comp("3e", "encoder layer parameter count", "integer", mha + ffn + 2 * ln)
comp("3f", "true/false: MHA params depend on heads", "boolean", mha_params(d, 16) != mha_params(d, 8))

# ---------------- Question 4 ----------------
comp("4a", "batch norm parameter count", "integer", 2 * 128)
comp("4b", "linear parameter count (no bias)", "integer", linear_params(1000, 10, bias=False))
noncomp("4c", "explain / discuss (why depthwise separable convs are used, a drawback)")
opts = [conv_params(256, 256, 3), linear_params(1024, 1024), 50000 * 16, rnn_params(4, 64, 128)]
comp("4d", "largest parameter count (multiple choice)", "choice", "ABCD"[int(np.argmax(opts))])
comp("4e", "linear layer FLOPs", "integer", 2 * 32 * 1000 * 10)

def write_yaml(setname, source, parts):
    """Emit YAML by hand: one mapping per part, values as JSON (a subset of YAML)."""
    lines = ["set: " + setname, "source: " + source, "parts:"]
    for p in parts:
        for n, (k, v) in enumerate(p.items()):
            lines.append(("  - " if n == 0 else "    ") + k + ": " + json.dumps(v))
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["parts"] == parts
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
        fh.write(text)
    print(text)


write_yaml("midterm_counting", "problems.tex", parts)
