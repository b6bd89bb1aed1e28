"""Recompute every answer of hw4-recurrent-article and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    if isinstance(answer, (np.integer,)):
        answer = int(answer)
    if isinstance(answer, (np.floating,)):
        answer = float(answer)
    if isinstance(answer, list):
        answer = [round(float(a), 4) + 0.0 if isinstance(a, float) else a for a in answer]
    elif isinstance(answer, float):
        answer = round(answer, 4)
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def rnn_params(kind, inp, hid, layers=1, bidir=False, bias=True):
    gates = {"rnn": 1, "gru": 3, "lstm": 4}[kind]
    dirs = 2 if bidir else 1
    total = 0
    for layer in range(layers):
        i = inp if layer == 0 else hid * dirs
        per_dir = gates * hid * (i + hid) + (2 * gates * hid if bias else 0)
        total += dirs * per_dir
    return total


def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)


# Problem 1
add("1a", "embedding parameter count", "integer", 10000 * 128)
add("1b", "RNN parameter count", "integer", rnn_params("rnn", 128, 256))
add("1c", "LSTM parameter count", "integer", rnn_params("lstm", 128, 256))
add("1d", "GRU parameter count", "integer", rnn_params("gru", 128, 256))
add("1e", "stacked bidirectional LSTM parameter count", "integer",
    rnn_params("lstm", 128, 256, layers=2, bidir=True))
add("1f", "linear parameter count", "integer", linear_params(2 * 256, 5))
add("1g", "GRU vs LSTM parameter comparison", "boolean",
    bool(rnn_params("gru", 64, 64) < rnn_params("lstm", 32, 64)))
add("1h", why="explain in words")

# Problem 2
L, N, E, H, layers, D = 35, 16, 64, 100, 3, 2
add("2a", "embedding output shape", "shape", [L, N, E], layout="(seq_len, batch, embed)")
add("2b", "GRU output shape", "shape", [L, N, D * H], layout="(seq_len, batch, D*hidden)")
add("2c", "GRU hidden state shape", "shape", [D * layers, N, H],
    layout="(D*num_layers, batch, hidden)")
add("2d", "GRU output shape batch_first", "shape", [N, L, D * H],
    layout="(batch, seq_len, D*hidden)")
add("2e", "GRU hidden state shape batch_first", "shape", [D * layers, N, H],
    layout="(D*num_layers, batch, hidden)")
add("2f", "embedding + GRU parameter count", "integer",
    5000 * 64 + rnn_params("gru", 64, 100, layers=3, bidir=True))

# Problem 3
chars, streams, bptt = 1_000_000, 64, 50
per_stream = chars // streams
add("3a", "characters per stream", "integer", per_stream)
add("3b", "truncated BPTT steps per epoch", "integer", per_stream // bptt)
add("3c", "unrolled cell applications seq2seq", "integer", 12 + (9 + 1))
add("3d", why="explain in words")

# Problem 4
Wxh = np.array([[1.0, -1.0], [0.0, 2.0]])
Whh = np.array([[0.5, 0.0], [-1.0, 0.5]])
b = np.array([0.0, -1.0])
Why = np.array([[1.0, 1.0]])
h0 = np.zeros(2)
x1 = np.array([1.0, 0.0])
x2 = np.array([0.0, 1.0])
a1 = Wxh @ x1 + Whh @ h0 + b
h1 = np.tanh(a1)
h2 = np.tanh(Wxh @ x2 + Whh @ h1 + b)
y2 = (Why @ h2)[0]
add("4a", "RNN cell forward step", "vector", h1, tol=1e-3)
add("4b", "RNN cell forward step", "vector", h2, tol=1e-3)
add("4c", "RNN output", "real", float(y2), tol=1e-3)
add("4d", "tanh derivative", "vector", 1 - h1 ** 2, tol=1e-3)

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "hw4-recurrent-article", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
