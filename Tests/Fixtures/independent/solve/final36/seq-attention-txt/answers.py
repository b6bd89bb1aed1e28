"""Recompute every answer of seq-attention-txt/problems.txt and write expected.yaml."""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def write_yaml(path, set_name, source, parts):
    """Block-style YAML with flow-style values (JSON scalars/lists are valid YAML)."""
    import json
    lines = [f"set: {set_name}", f"source: {source}", "parts:"]
    for p in parts:
        first = True
        for k, v in p.items():
            val = json.dumps(v) if k != "why" else json.dumps(v)
            lines.append(("  - " if first else "    ") + f"{k}: {val}")
            first = False
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(v, nd=4):
    a = np.asarray(v, dtype=float)
    if a.ndim == 0:
        return round(float(a), nd) + 0.0
    return (np.round(a, nd) + 0.0).tolist()


def rnn_params(gates, inp, hid, layers):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)  # W_ih, W_hh, b_ih, b_hh
    return total


# ---- Question 1
V, E, H = 10000, 256, 512
add("1a", "embedding parameter count", "integer", V * E)
add("1b", "LSTM parameter count", "integer", rnn_params(4, E, H, 2))
add("1c", "linear parameter count", "integer", H * V + V)
add("1d", "GRU parameter count", "integer", rnn_params(3, E, H, 2))
add("1e", "layer norm parameter count", "integer", 2 * H)

# ---- Question 2
d, heads, n = 512, 8, 128
add("2a", "multi-head attention parameter count", "integer", 4 * d * d + 4 * d)
add("2b", "head dimension", "integer", d // heads)
add("2c", "multi-head attention parameter count (no bias)", "integer", 4 * d * d)
add("2d", "attention score MACs", "integer", heads * n * n * (d // heads))

# ---- Question 3
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 0], [0, 1], [1, 1]], float)
Vm = np.array([[1, 2], [3, 4], [5, 6]], float)
dk = 2


def softmax(S):
    e = np.exp(S - S.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


S = Q @ K.T / np.sqrt(dk)
A = softmax(S)
add("3a", "scaled attention scores", "matrix", r(S), tolerance=0.001)
add("3b", "attention weights", "matrix", r(A), tolerance=0.001)
add("3c", "attention output", "matrix", r(A @ Vm), tolerance=0.001)
add("3d", "attention weights (unscaled)", "matrix", r(softmax(Q @ K.T)), tolerance=0.001)
skip("3e", "explain in words")

# ---- Question 4
W1 = np.array([[1.0, 2.0], [-1.0, 0.0], [0.5, 1.0]])
b1 = np.array([0.0, 1.0, -0.5])
W2 = np.array([[1.0, -1.0, 2.0]])
b2 = 0.5
x = np.array([2.0, 1.0])
y = 1.0
pre = W1 @ x + b1
h = np.maximum(pre, 0)
yhat = float((W2 @ h)[0] + b2)
loss = 0.5 * (yhat - y) ** 2
add("4a", "MLP hidden pre-activations", "vector", r(pre), tolerance=0.001)
add("4b", "MLP forward output", "real", r(yhat), tolerance=0.001)
add("4c", "MSE loss", "real", r(loss), tolerance=0.001)
dy = yhat - y
add("4d", "backprop weight gradient", "vector", r(dy * h), tolerance=0.001)
db1 = dy * W2[0] * (pre > 0)
add("4e", "backprop bias gradient", "vector", r(db1), tolerance=0.001)
add("4f", "backprop input gradient", "vector", r(W1.T @ db1), tolerance=0.001)

# ---- Question 5: f = (a*b + c)^2
a, b, c = 2.0, -1.0, 3.0
q = a * b + c
df_dq = 2 * q
add("5", "backprop through computational graph", "vector", r([df_dq * b, df_dq * a, df_dq]), tolerance=0.001)

write_yaml(os.path.join(HERE, "expected.yaml"), "seq-attention-txt", "problems.txt", parts)
print(open(os.path.join(HERE, "expected.yaml")).read())
