"""Recompute every answer of midterm-params from the numbers in problems.tex; write expected.yaml."""
import math
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append(dict(id=pid, computable=False, why=why))
        return
    d = dict(id=pid, computable=True, family=family, answer_kind=kind, answer=answer)
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def rnn_params(gates, inp, hid, bidirectional=False, layers=1):
    # PyTorch: W_ih (gates*H x I), W_hh (gates*H x H), b_ih and b_hh (gates*H each)
    total, dirs = 0, 2 if bidirectional else 1
    for layer in range(layers):
        i = inp if layer == 0 else hid * dirs
        total += dirs * gates * (hid * i + hid * hid + 2 * hid)
    return total


def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)


def mha_params(e, heads):
    # in_proj (3E x E) + in_proj_bias (3E) + out_proj (E x E) + bias (E); independent of heads
    return 3 * e * e + 3 * e + e * e + e


# Question 1
cin, cout, k, H = 32, 64, 3, 56
add("1a", "conv parameter count", "integer", conv_params(cin, cout, k))
dw = conv_params(cin, cin, k, groups=cin)
pw = conv_params(cin, cout, 1)
add("1b", "depthwise separable parameter count", "integer", dw + pw)
add("1c", "grouped conv parameter count", "integer", conv_params(cin, cout, k, groups=4))
macs = cout * H * H * cin * k * k
add("1d", "conv MACs", "integer", macs)
macs_sep = cin * H * H * k * k + cout * H * H * cin
add("1e", "MAC ratio standard vs depthwise separable", "real", round(macs / macs_sep, 2), tol=0.01)
add("1f", why="ambiguous: FLOPs per MAC (1 or 2) and whether the bias add counts are not fixed")

# Question 2
emb = 5000 * 64
gru = rnn_params(3, 64, 128, bidirectional=True)
ln = 2 * 256
head = linear_params(256, 17)
add("2a", "embedding parameter count", "integer", emb)
add("2b", "GRU parameter count (PyTorch, bidirectional)", "integer", gru)
add("2c", "layer norm parameter count", "integer", ln)
add("2d", "linear parameter count", "integer", head)
add("2e", "total parameter count", "integer", emb + gru + ln + head)
add("2f", "LSTM parameter count (PyTorch, bidirectional)", "integer", rnn_params(4, 64, 128, bidirectional=True))

# Question 3
p8 = mha_params(512, 8)
add("3a", "multi-head attention parameter count", "integer", p8)
p16 = mha_params(512, 16)
choice = "A" if p16 == 2 * p8 else "B" if 2 * p16 == p8 else "C"
add("3b", "multi-head attention parameter count (multiple choice)", "choice", choice)
bn = 2 * 64
add("3c", "batch norm parameter count", "integer", bn)
ln64 = 2 * 64  # LayerNorm(64): weight and bias
add("3d", "batch norm vs layer norm parameter count (true/false)", "boolean", bool(bn > ln64))
add("3e", "linear layer FLOPs", "integer", 2 * 32 * 1024 * 4096)
n, heads = 128, 8
add("3f.i", "attention weight shape", "shape", [heads, n, n], layout="(heads, queries, keys)")
add("3f.ii", "attention QK^T MACs", "integer", heads * n * n * (512 // heads))

# Question 4
opts = {"A": conv_params(256, 256, 3), "B": linear_params(1024, 512),
        "C": 30000 * 16, "D": conv_params(64, 128, 7)}
add("4a", "parameter count comparison (multiple choice)", "choice", max(opts, key=opts.get))
add("4b", "conv parameter count (true/false)", "boolean", conv_params(3, 16, 3, bias=False) == 432)

# Question 5: f = (x*y + z)^2
x, y, z = 2.0, -1.0, 4.0
q = x * y + z
f = q ** 2
dq = 2 * q
add("5a", "tiny graph forward", "integer", int(f))
add("5b", "backprop through a tiny graph", "vector", [int(dq * y), int(dq * x), int(dq)])


def _fmt(v):
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_fmt(e) for e in v) + "]"
    if isinstance(v, (float, np.floating)):
        v = round(float(v), 10)
        s = repr(v + 0.0)  # + 0.0 turns -0.0 into 0.0
        if "e" in s and "." not in s.split("e")[0]:
            s = s.replace("e", ".0e")  # YAML 1.1 needs a dot in 1.0e-06
        return s
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    s = str(v)
    return s if s.replace("-", "").replace("_", "").replace(".", "").isalnum() and not s[0].isdigit() else json.dumps(s)


def dump(path, setname, source):
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(path, "w") as fh:
        fh.write(f"set: {setname}\nsource: {source}\nparts:\n")
        for p in parts:
            first = True
            for key, val in p.items():
                fh.write(("  - " if first else "    ") + f"{key}: {_fmt(val)}\n")
                first = False


dump(os.path.join(HERE, "expected.yaml"), "midterm-params", "problems.tex")
