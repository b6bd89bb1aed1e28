"""Recompute every computable answer of seq_models_pset and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


class Dumper(yaml.SafeDumper):
    """Block style for the part records, flow style for answer lists (rows of matrices inline)."""


def _repr_list(dumper, data):
    flat = all(not isinstance(e, (list, dict)) for e in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flat)


Dumper.add_representer(list, _repr_list)


def clean(v, nd=4):
    """Turn numpy values into plain Python numbers / lists, rounded to nd decimals."""
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, (bool, np.bool_)):
            return bool(x)
        x = round(float(x), nd) + 0.0
        if x.is_integer():
            return int(x)
        return x
    return [clean(e, nd) for e in a]



parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def softmax(z):
    z = np.asarray(z, float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


# ---------------- Exercise 5.1 ----------------
V_, E_, H_ = 25, 32, 64
add("5.1a", "embedding parameter count", "integer", V_ * E_)


def lstm_layer(d, h, gates=4):
    return gates * h * (d + h) + 2 * gates * h   # W_ih, W_hh, b_ih, b_hh


l1 = lstm_layer(E_, H_)
l2 = lstm_layer(H_, H_)
add("5.1b.i", "LSTM parameter count (PyTorch biases), first layer", "integer", l1)
add("5.1b.ii", "LSTM parameter count (PyTorch biases), two layers", "integer", l1 + l2)
add("5.1c", "GRU parameter count (PyTorch biases)", "integer", lstm_layer(E_, H_, gates=3))
add("5.1d", "linear layer parameter count", "integer", H_ * V_ + V_)
non("5.1e", "explain in words (two bias vectors vs one)")

# ---------------- Exercise 5.2 ----------------
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 0], [0, 2], [1, -1]], float)
Vv = np.array([[1, 2], [0, 1], [3, 0]], float)
dk = 2
S = Q @ K.T / np.sqrt(dk)
A = softmax(S)
add("5.2a", "scaled attention scores", "matrix", clean(S), tol=0.001)
add("5.2b", "attention weights (softmax row)", "vector", clean(A[0]), tol=0.001)
add("5.2c", "attention output", "vector", clean(A[0] @ Vv), tol=0.001)
mask = np.tril(np.ones((3, 3), bool))
Am = softmax(np.where(mask, S, -np.inf))
add("5.2d", "causal attention output", "vector", clean(Am[1] @ Vv), tol=0.001)
row3 = A[2]
best = int(np.argmax(row3))
assert np.sum(np.isclose(row3, row3.max())) == 1
add("5.2e", "multiple choice: largest attention weight", "choice", "ABC"[best])
non("5.2f", "explain in words (scaling by sqrt(d_k))")

# ---------------- Exercise 5.3 ----------------
D = 128
mha = 3 * D * D + 3 * D + D * D + D
add("5.3a", "multi-head attention parameter count", "integer", mha)
add("5.3b", "multi-head attention parameter count without bias", "integer", 4 * D * D)
add("5.3c", "layer norm parameter count", "integer", 2 * D)
x = np.array([2, 4, 6, 8], float)
xhat = (x - x.mean()) / np.sqrt(x.var())          # biased variance, eps = 0
add("5.3d", "layer norm forward", "vector", clean(xhat), tol=0.001)
g = np.array([1, 1, 2, 2], float)
b = np.array([0, 0, 0, 1], float)
add("5.3e", "layer norm forward with affine", "vector", clean(g * xhat + b), tol=0.001)
non("5.3f", "ambiguous: 'unit standard deviation' does not say biased (divide by 4) or "
    "unbiased (divide by 3) standard deviation; the two give different vectors")

# ---------------- Exercise 5.4 ----------------
z = np.array([2.0, 1.0, -1.0, 0.5])
p = softmax(z)
add("5.4a", "softmax", "vector", clean(p), tol=0.001)
add("5.4b", "cross-entropy loss", "real", clean(-np.log(p[0])), tol=0.001)
y = np.array([1, 0, 0, 0], float)
add("5.4c", "cross-entropy gradient wrt logits", "vector", clean(p - y), tol=0.001)
a = np.array([-1, 0, 0.5])
add("5.4d", "tanh derivative", "vector", clean(1 - np.tanh(a) ** 2), tol=0.001)

out = {"set": "seq_models_pset", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
