"""Compute every answer of midterm-practice and write expected.yaml."""
import numpy as np
import yaml

def conv(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)

def conv1d(cin, cout, k, bias=True):
    return cout * cin * k + (cout if bias else 0)

def linear(i, o, bias=True):
    return i * o + (o if bias else 0)

def rnn_layer(gates, inp, hid):
    return gates * hid * (inp + hid) + 2 * gates * hid   # W_ih, W_hh, b_ih, b_hh

def mha(e, heads):
    d = e // heads                                         # per-head q, k, v projections
    per_head = 3 * (e * d + d)
    return heads * per_head + e * e + e                    # + out_proj (w, b)

def dump_yaml(path, set_name, source, parts):
    """Block-style mappings, flow-style answers (rows of a matrix on one line each)."""
    def flow(v):
        return yaml.safe_dump(v, default_flow_style=True, width=1000).strip().removesuffix("...").strip()
    lines = [f"set: {set_name}", f"source: {source}", "parts:"]
    for p in parts:
        first = True
        for k, v in p.items():
            lead = "  - " if first else "    "
            first = False
            lines.append(f"{lead}{k}: {flow(v)}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")

P = []
def add(id_, family, kind, answer, **kw):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw); P.append(d)
def nc(id_, why):
    P.append({"id": id_, "computable": False, "why": why})

# Question 1
add("1a", "conv parameter count", "integer", conv(3, 64, 7))
add("1b", "conv parameter count (no bias)", "integer", conv(64, 128, 3, bias=False))
add("1c", "depthwise separable parameter count", "integer",
    conv(64, 64, 3, groups=64) + conv(64, 128, 1))
add("1d", "grouped conv parameter count", "integer", conv(128, 256, 3, groups=4))
add("1e", "linear parameter count", "integer", linear(2048, 1000))
add("1f", "embedding parameter count", "integer", 30000 * 512)
add("1g", "batch norm parameter count", "integer", 2 * 256)
add("1h", "layer norm parameter count", "integer", 2 * 512)

# Question 2
l1 = rnn_layer(4, 128, 256); l2 = rnn_layer(4, 256, 256)
add("2a.i", "LSTM parameter count", "integer", l1)
add("2a.ii", "LSTM parameter count", "integer", l1 + l2)
add("2b", "GRU parameter count", "integer", rnn_layer(3, 64, 32))
add("2c", "multi-head attention parameter count", "integer", mha(512, 8))
add("2d", "multi-head attention parameter count", "boolean", mha(512, 16) != mha(512, 8))

# Question 3
h = np.array([2.0, 0.5, -1.0, 4.0, 3.0]); p = 0.2
mask = np.array([1, 1, 0, 1, 0], float)
add("3a", "inverted dropout (train)", "vector", (h * mask / (1 - p) + 0.0).round(6).tolist(), tolerance=0.001)
add("3b", "inverted dropout (test)", "vector", h.tolist(), tolerance=0.001)
add("3c", "classic dropout (test)", "vector", (h * (1 - p)).round(6).tolist(), tolerance=0.001)
v = 4.0
mean = (1 - p) * v / (1 - p)
var = (1 - p) * (v / (1 - p)) ** 2 - mean ** 2
add("3d", "dropout variance", "real", round(var, 6), tolerance=0.001)

# Question 4
out = (224 + 2 * 1 - 3) // 2 + 1
opts = {"A": 111, "B": 112, "C": 113, "D": 224}
add("4a", "pooling output shape", "choice", [k for k, val in opts.items() if val == out][0])
target = linear(256, 256)
cands = {"A": conv(256, 256, 1), "B": conv1d(256, 256, 1, bias=False), "C": conv(16, 256, 4),
         "D": 257 * 256, "E": 2 * 256}
add("4b", "parameter count comparison", "choices", [k for k, val in cands.items() if val == target])
add("4c", "conv MACs", "boolean", 64 * 32 * 32 * 64 * 1 * 1 == 64 * 64 * 32 * 32)
L = (100 - 2 * (5 - 1) - 1) // 1 + 1
add("4d", "conv1d output shape", "shape", [8, 32, L], layout="NCL")
nc("4e", "explain in words")

dump_yaml("expected.yaml", "midterm-practice", "problems.tex", P)
for q in P:
    print(q["id"], q.get("answer", "-"))
