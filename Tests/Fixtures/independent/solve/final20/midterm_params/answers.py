"""Expected answers for midterm_params. Run: python3 answers.py (writes expected.yaml)."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def r(a, n=4):
    a = np.round(np.asarray(a, dtype=float), n) + 0.0
    return a.tolist() if a.ndim else float(a)


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def rnn_layer_params(gates, inp, hid):
    # PyTorch: weight_ih (gates*hid x inp), weight_hh (gates*hid x hid), b_ih, b_hh
    return gates * hid * inp + gates * hid * hid + 2 * gates * hid


def rnn_params(gates, inp, hid, layers):
    total = 0
    for l in range(layers):
        total += rnn_layer_params(gates, inp if l == 0 else hid, hid)
    return total


# ---------------- Question 1 ----------------
p_std = conv_params(32, 64, 3)
add("1a", "conv parameter count", "integer", p_std)
p_dw = conv_params(32, 32, 3, groups=32) + conv_params(32, 64, 1)
add("1b", "depthwise separable parameter count", "integer", p_dw)
add("1c", "grouped conv parameter count", "integer", conv_params(32, 64, 3, groups=4))
add("1d", "parameter ratio", "real", r(p_std / p_dw, 2), tol=0.01)
add("1e", "conv + batch norm parameter count", "integer", conv_params(32, 64, 3, bias=False) + 2 * 64)

# ---------------- Question 2 ----------------
V, E, Hd = 10000, 256, 512
p_emb = V * E
add("2a", "embedding parameter count", "integer", p_emb)
add("2b.i", "LSTM parameter count (one layer)", "integer", rnn_layer_params(4, E, Hd))
p_lstm = rnn_params(4, E, Hd, 2)
add("2b.ii", "LSTM parameter count", "integer", p_lstm)
p_ln = 2 * Hd
add("2c", "layer norm parameter count", "integer", p_ln)
p_head = Hd * V + V
add("2d", "linear parameter count", "integer", p_head)
add("2e", "GRU parameter count", "integer", rnn_params(3, E, Hd, 2))
add("2f", "model parameter count", "integer", p_emb + p_lstm + p_ln + p_head)

# ---------------- Question 3 ----------------
d, h = 512, 8
add("3a", "attention head dimension", "integer", d // h)
p_mha = 3 * d * d + 3 * d + d * d + d  # in_proj weight+bias, out_proj weight+bias
options = {"A": 786432, "B": 1048576, "C": 1050624, "D": 1051136}
add("3b", "multi-head attention parameter count", "choice",
    [k for k, v in options.items() if v == p_mha][0])
p_mha16 = 3 * d * d + 3 * d + d * d + d  # head count does not enter the formula
add("3c", "multi-head attention parameter count", "boolean", bool(p_mha16 != p_mha))
add("3d", "attention weight count", "integer", h * 128 * 128)

# ---------------- Question 4 ----------------
hv = np.array([2.0, 0.5, 0.0, 1.5, 3.0])
p = 0.4
mask = np.array([1, 0, 1, 1, 0], float)
add("4a", "inverted dropout forward", "vector", r(hv * mask / (1 - p)), tol=0.001)
add("4b", "dropout eval mode", "vector", r(hv))
add("4c", "classic dropout test time", "vector", r(hv * (1 - p)), tol=0.001)
add("4d", "dropout expectation", "real", r((1 - p) * hv[3] / (1 - p) + p * 0.0), tol=0.001)
add("4e", why="explain in words (why inverted dropout)")

# ---------------- Question 5 ----------------
add("5", why="explain in words (weight sharing, inductive bias)")

out = {"set": "midterm_params", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=1000)
print(yaml.safe_dump(out, sort_keys=False, default_flow_style=None, width=1000))
