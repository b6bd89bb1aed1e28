"""Answers for s3-hw4-sequence-optim (Homework 4). Run: python3 answers.py -> expected.yaml"""
import numpy as np
# ---- helpers: collect labels and write expected.yaml ----
import os
import yaml

PARTS = []


def _py(v, nd):
    """numpy -> plain python; floats rounded to nd decimals, integral values as int."""
    a = np.asarray(v)
    if a.dtype.kind == "f":
        a = np.round(a.astype(float), nd) + 0.0  # +0.0 turns -0.0 into 0.0
        if np.all(a == np.round(a)):
            return a.astype(int).tolist()
    return a.tolist()


def comp(pid, family, kind, value, tol=None, layout=None, nd=4):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if kind in ("choice", "choices", "boolean"):
        d["answer"] = value if not isinstance(value, np.bool_) else bool(value)
    elif kind in ("integer", "shape"):
        a = np.asarray(value)
        assert np.all(a == np.round(a)), (pid, value)
        d["answer"] = np.round(a).astype(int).tolist()
    else:
        d["answer"] = _py(value, nd)
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    PARTS.append(d)


def noncomp(pid, why):
    PARTS.append({"id": pid, "computable": False, "why": why})


def write(setname, source):
    ids = [p["id"] for p in PARTS]
    assert len(ids) == len(set(ids)), "duplicate id"
    doc = {"set": setname, "source": source, "parts": PARTS}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "expected.yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
    n = sum(p["computable"] for p in PARTS)
    print(f"{setname}: {len(PARTS)} parts, {n} computable")


# ---------------------------------------------------------------- computations
# Exercise 4.1 -- PyTorch parameter shapes
def rnn_params(n_gates, inp, hid, layers):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += n_gates * hid * i + n_gates * hid * hid + 2 * n_gates * hid   # W_ih, W_hh, b_ih, b_hh
    return total


E = 512
comp("4.1a", "embedding parameter count", "integer", 10000 * 256)
comp("4.1b", "LSTM parameter count", "integer", rnn_params(4, 256, 512, 2))
comp("4.1c", "GRU parameter count", "integer", rnn_params(3, 256, 512, 1))
comp("4.1d", "multi-head attention parameter count", "integer",
     3 * E * E + 3 * E + E * E + E)            # in_proj weight/bias + out_proj weight/bias
comp("4.1e", "layer norm + batch norm parameter count", "integer", 2 * E + 2 * E)
comp("4.1f", "linear parameter count", "integer", 512 * 10000 + 10000)

# Exercise 4.2 -- MLP
sig = lambda t: 1 / (1 + np.exp(-t))
W1 = np.array([[1, 2], [-1, 0], [0.5, -1]])
b1 = np.array([0, 2, -0.5])
w2 = np.array([1, -2, 0.5])
b2 = 0.25
x = np.array([1, -2.0]); y = 1.0
z1 = W1 @ x + b1
h = np.maximum(z1, 0)
assert np.all(z1 != 0)
p = sig(w2 @ h + b2)
L = -y * np.log(p) - (1 - y) * np.log(1 - p)
comp("4.2a", "MLP forward (hidden ReLU)", "vector", h, tol=0.001)
comp("4.2b", "MLP forward (sigmoid output)", "real", p, tol=0.001)
comp("4.2c", "binary cross-entropy", "real", L, tol=0.001)
ds = p - y                       # dL/d(pre-sigmoid)
comp("4.2d.i", "backprop: output weight gradient", "vector", ds * h, tol=0.001)
comp("4.2d.ii", "backprop: hidden bias gradient", "vector", ds * w2 * (z1 > 0), tol=0.001)
noncomp("4.2e", "explain in words (dead ReLU units)")

# Exercise 4.3 -- f = (xy + z)^2
xv, yv, zv = 2.0, -3.0, 4.0
a = xv * yv; b = a + zv; f = b ** 2
df_db = 2 * b
grad = np.array([df_db * yv, df_db * xv, df_db])
comp("4.3a", "computational graph forward value", "real", f, tol=1e-4)
comp("4.3b", "backprop through a tiny graph", "vector", grad, tol=1e-4)
noncomp("4.3c", "sketch: draw the computational graph")
comp("4.3d", "first-order estimate from the gradient", "real", f + grad @ np.array([0.01, 0, 0]), tol=1e-4)

# Exercise 4.4 -- optimizers on f = 0.5 (w1^2 + 10 w2^2)
gradf = lambda w: np.array([w[0], 10 * w[1]])
w0 = np.array([1.0, 1.0]); eta = 0.05; mu = 0.9
comp("4.4a", "SGD step", "vector", w0 - eta * gradf(w0), tol=1e-4)

w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    g = gradf(w); v = mu * v + g; w = w - eta * v
comp("4.4b", "SGD with momentum, two steps", "vector", w, tol=1e-4)

w = w0.copy(); v = np.zeros(2)
for _ in range(2):
    g = gradf(w); v = mu * v + g; w = w - eta * (g + mu * v)
comp("4.4c", "SGD with Nesterov momentum, two steps", "vector", w, tol=5e-4)

w = w0.copy(); m = np.zeros(2); s = np.zeros(2); b1_, b2_, eps = 0.9, 0.999, 1e-8
for t in (1, 2):
    g = gradf(w)
    m = b1_ * m + (1 - b1_) * g
    s = b2_ * s + (1 - b2_) * g * g
    mhat = m / (1 - b1_ ** t); shat = s / (1 - b2_ ** t)
    w = w - eta * mhat / (np.sqrt(shat) + eps)
comp("4.4d", "Adam, two steps", "vector", w, tol=5e-4)

lam = 0.1
comp("4.4e", "SGD with weight decay", "vector", w0 - eta * (gradf(w0) + lam * w0), tol=1e-4)
noncomp("4.4f", "explain in words")

write("s3-hw4-sequence-optim", "problems.tex")
