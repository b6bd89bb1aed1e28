"""Recompute every computable answer of hw5-sequence-md and write expected.yaml.

Run from anywhere:  python3 answers.py
Conventions of the set: PyTorch defaults (bias=True, two LSTM/GRU bias vectors per gate,
nn.MultiheadAttention with in/out projections and biases); convolution = cross-correlation.
"""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class FlowListDumper(yaml.SafeDumper):
    """Block-style mappings, flow-style lists ([16, 32, 32], [[1, 2], [3, 4]])."""


FlowListDumper.add_representer(
    list, lambda d, v: d.represent_sequence(
        "tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(e, dict) for e in v)))
FlowListDumper.add_representer(
    dict, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=False))


def comp(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family,
         "answer_kind": kind, "answer": answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nocomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



def r6(a):
    return np.round(np.asarray(a, float), 6).tolist()


# ---------------- Question 1: parameter counts ----------------
def embedding_params(n, d):
    return n * d


def rnn_params(inp, hid, layers=1, gates=4, bidirectional=False):
    dirs = 2 if bidirectional else 1
    total = 0
    for l in range(layers):
        in_l = inp if l == 0 else hid * dirs
        per_dir = gates * (hid * in_l + hid * hid + hid + hid)   # W_ih, W_hh, b_ih, b_hh
        total += dirs * per_dir
    return total


def mha_params(e, bias=True):
    in_proj = 3 * e * e + (3 * e if bias else 0)
    out_proj = e * e + (e if bias else 0)
    return in_proj + out_proj


p_emb = embedding_params(10000, 256)
p_lstm = rnn_params(256, 512, layers=2, gates=4)
p_gru = rnn_params(256, 128, layers=1, gates=3, bidirectional=True)
p_attn = mha_params(256)
p_ln = 2 * 256
p_head = 512 * 10000
comp("1a", "embedding parameter count", "integer", p_emb)
comp("1b", "LSTM parameter count", "integer", p_lstm)
comp("1c", "GRU parameter count (bidirectional)", "integer", p_gru)
comp("1d", "multi-head attention parameter count", "integer", p_attn)
comp("1e", "layer norm parameter count", "integer", p_ln)
comp("1f", "linear parameter count (no bias)", "integer", p_head)
comp("1g", "total parameter count", "integer", p_emb + p_lstm + p_head)

# ---------------- Question 2: attention ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 0], [0, 1], [1, 1]], float)
V = np.array([[1, 2], [3, 0], [0, 1]], float)
dk = 2
S = Q @ K.T
comp("2a", "attention raw scores", "matrix", np.rint(S).astype(int).tolist())
Z = S / np.sqrt(dk)
A = np.exp(Z - Z.max(axis=1, keepdims=True))
A = A / A.sum(axis=1, keepdims=True)
comp("2b", "attention weights", "matrix", r6(A), tol=1e-4)
comp("2c", "attention output", "matrix", r6(A @ V), tol=1e-4)
row = A[1]
top = np.flatnonzero(np.isclose(row, row.max()))
choice = {(0,): "A", (1,): "B", (2,): "C", (1, 2): "D"}[tuple(top.tolist())]
comp("2d", "attention argmax (multiple choice)", "choice", choice)
n, heads, dh = 512, 8, 64
comp("2e", "attention score MACs", "integer", heads * n * n * dh)
nocomp("2f", "explain in words (scaling by sqrt(d_k))")

# ---------------- Question 3: 1D convolution / pooling ----------------
x = np.array([3, 1, -2, 0, 4, 1], float)
w = np.array([2, 1, -1], float)
xp = np.pad(x, 1)
out = [float(xp[i:i + 3] @ w) for i in range(0, len(xp) - 3 + 1, 2)]
comp("3a", "1D convolution by hand (padding, stride)", "vector", np.rint(out).astype(int).tolist())
pool = [x[i:i + 2].max() for i in range(0, len(x) - 2 + 1, 2)]
comp("3b", "1D max pooling", "vector", np.rint(pool).astype(int).tolist())
L, k, d = 100, 5, 3
Lout = (L - d * (k - 1) - 1) // 1 + 1
comp("3c", "Conv1d output shape (dilation)", "shape", [8, 64, Lout], layout="NCL")
comp("3d", "causal padding amount", "integer", d * (k - 1))

# ---------------- Question 4: recurrent output shapes ----------------
comp("4a.i", "LSTM output shape (batch_first)", "shape", [32, 50, 512], layout="NLH")
comp("4a.ii", "LSTM h_n shape", "shape", [2 * 1, 32, 512])
comp("4b.i", "GRU output shape (bidirectional)", "shape", [50, 32, 2 * 128], layout="LNH")
comp("4b.ii", "GRU h_n shape (bidirectional)", "shape", [1 * 2, 32, 128])
nocomp("4c", "explain in words")

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write("# written by answers.py -- do not edit by hand\n")
    yaml.dump({"set": "hw5-sequence-md", "source": "problems.md", "parts": parts},
              f, Dumper=FlowListDumper, sort_keys=False, width=1000)
print(open(os.path.join(HERE, "expected.yaml")).read())
