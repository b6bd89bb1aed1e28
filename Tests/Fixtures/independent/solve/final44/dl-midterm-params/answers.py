"""Labels for dl-midterm-params (problems.tex). Run: python3 answers.py -> expected.yaml"""
import numpy as np

# ---------------------------------------------------------------- YAML writer
import os


def _num(x, nd=None):
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    x = float(x)
    if nd is not None:
        x = round(x, nd)
    if x == 0:
        x = 0.0
    if nd is None:
        s = repr(x)
    else:
        s = f"{x:.{nd}f}"
    if "e" in s or "E" in s:
        s = f"{x:.12f}"
    if "." in s:
        s = s.rstrip("0")
        if s.endswith("."):
            s += "0"
    return s


def _val(v, nd=None):
    if isinstance(v, str):
        return v
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_val(e, nd) for e in v) + "]"
    return _num(v, nd)


def write_yaml(setname, source, parts, path="expected.yaml"):
    seen = set()
    lines = [f"set: {setname}", f"source: {source}", "parts:"]
    for p in parts:
        pid = p["id"]
        assert pid not in seen, pid
        seen.add(pid)
        q = f'"{pid}"' if pid.replace(".", "").isdigit() else pid
        lines.append(f"  - id: {q}")
        if not p["computable"]:
            lines.append("    computable: false")
            why = p["why"].replace('"', "'")
            lines.append(f'    why: "{why}"')
            continue
        lines.append("    computable: true")
        lines.append(f"    family: {p['family']}")
        lines.append(f"    answer_kind: {p['kind']}")
        nd = p.get("nd")
        lines.append(f"    answer: {_val(p['answer'], nd)}")
        if "layout" in p:
            lines.append(f"    layout: {p['layout']}")
        if nd is not None:
            lines.append(f"    tolerance: {_num(p.get('tol', 10.0 ** (1 - nd)))}")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, path), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)


def rnn_layer_params(gates, inp, hid, nbias=2):
    return gates * (hid * inp + hid * hid + nbias * hid)


parts = []
P = parts.append

# ---------------------------------------------------------------- Question 1
cin, cout, k = 32, 64, 3
q1a = conv_params(cin, cout, k)
P(dict(id="1a", computable=True, family="conv parameter count", kind="integer", answer=q1a))
q1b = conv_params(cin, cin, k, groups=cin) + conv_params(cin, cout, 1)
P(dict(id="1b", computable=True, family="depthwise separable parameter count", kind="integer", answer=q1b))
P(dict(id="1c", computable=True, family="grouped conv parameter count", kind="integer",
       answer=conv_params(cin, cout, k, groups=4)))
bn = 2 * cout
P(dict(id="1d.i", computable=True, family="batch norm parameter count", kind="integer", answer=bn))
P(dict(id="1d.ii", computable=True, family="conv + batch norm parameter count", kind="integer",
       answer=conv_params(cin, cout, k, bias=False) + bn))

# ---------------------------------------------------------------- Question 2
sizes = [784, 256, 128, 10]
P(dict(id="2a", computable=True, family="MLP parameter count", kind="integer",
       answer=sum(linear_params(a, b) for a, b in zip(sizes[:-1], sizes[1:]))))
vocab, dim = 30000, 512
P(dict(id="2b", computable=True, family="embedding parameter count", kind="integer", answer=vocab * dim))
P(dict(id="2c", computable=True, family="tied output projection parameter count", kind="integer",
       answer=vocab))
P(dict(id="2d", computable=False, why="explain in words (reason for weight tying)"))

# ---------------------------------------------------------------- Question 3
l1 = rnn_layer_params(4, 128, 256)
P(dict(id="3a", computable=True, family="LSTM parameter count", kind="integer", answer=l1))
P(dict(id="3b", computable=True, family="LSTM parameter count (2 layers)", kind="integer",
       answer=l1 + rnn_layer_params(4, 256, 256)))
P(dict(id="3c", computable=True, family="GRU parameter count", kind="integer",
       answer=rnn_layer_params(3, 128, 256)))
P(dict(id="3d", computable=True, family="bidirectional LSTM parameter count", kind="integer",
       answer=2 * rnn_layer_params(4, 128, 256)))
L, N, num_layers, hid = 50, 8, 2, 256
P(dict(id="3e.i", computable=True, family="LSTM output shape", kind="shape", answer=[L, N, hid],
       layout="(seq_len, batch, hidden)"))
P(dict(id="3e.ii", computable=True, family="LSTM hidden state shape", kind="shape",
       answer=[num_layers, N, hid], layout="(num_layers, batch, hidden)"))
P(dict(id="3f", computable=True, family="vanilla RNN parameter count (single bias)", kind="integer",
       answer=rnn_layer_params(1, 128, 256, nbias=1)))

# ---------------------------------------------------------------- Question 4
E, heads = 512, 8


def mha_params(E, heads):
    # in_proj (3E x E + 3E) and out_proj (E x E + E); independent of the head count
    return 3 * E * E + 3 * E + E * E + E


P(dict(id="4a", computable=True, family="multi-head attention parameter count", kind="integer",
       answer=mha_params(E, heads)))
P(dict(id="4b", computable=True, family="attention head dimension", kind="integer", answer=E // heads))
B, T = 4, 100
P(dict(id="4c", computable=True, family="attention score count", kind="integer", answer=B * heads * T * T))
ratio = mha_params(E, 16) / mha_params(E, heads)
opts = {"A": 2.0, "B": 0.5, "C": 1.0, "D": 4.0}
P(dict(id="4d", computable=True, family="multi-head attention parameters (multiple choice)", kind="choice",
       answer=next(k for k, v in opts.items() if v == ratio)))
P(dict(id="4e", computable=False, why="explain in words (scaling by sqrt(d_k))"))

# ---------------------------------------------------------------- Question 5
P(dict(id="5a", computable=True, family="1x1 conv vs linear parameter count", kind="boolean",
       answer=conv_params(64, 32, 1) < linear_params(64, 32)))
P(dict(id="5b", computable=True, family="depthwise separable savings", kind="boolean",
       answer=q1b < q1a / 7))
P(dict(id="5c", computable=True, family="layer norm vs batch norm parameters", kind="boolean",
       answer=2 * 64 * 8 * 8 == 2 * 64))

write_yaml("dl-midterm-params", "problems.tex", parts)
