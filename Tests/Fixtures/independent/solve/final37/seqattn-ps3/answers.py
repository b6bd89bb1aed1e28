"""Recompute every answer of seqattn-ps3 (problems.md) with numpy and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v):
    """numpy -> plain Python for YAML."""
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


def add(pid, family, kind, answer, tolerance=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tolerance is not None:
        d["tolerance"] = tolerance
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(v, n=4):
    return np.round(np.asarray(v, float), n)


# ---------------- Problem 1: parameter counts (PyTorch conventions) ----------------
def rnn_params(gates, inp, hid, layers=1, bidir=False):
    dirs = 2 if bidir else 1
    total = 0
    for layer in range(layers):
        i = inp if layer == 0 else hid * dirs
        total += dirs * (gates * hid * (i + hid) + 2 * gates * hid)   # W_ih, W_hh, b_ih, b_hh
    return total


add("1a", "embedding parameter count", "integer", 30000 * 128)
add("1b", "LSTM parameter count", "integer", rnn_params(4, 128, 256, layers=2))
add("1c", "bidirectional LSTM parameter count", "integer",
    rnn_params(4, 128, 256, layers=2, bidir=True))
add("1d", "GRU parameter count", "integer", rnn_params(3, 128, 256))
E = 512
add("1e", "multi-head attention parameter count", "integer",
    3 * E * E + 3 * E + E * E + E)       # in_proj weight/bias + out_proj weight/bias
add("1f", "layer norm parameter count", "integer", 2 * E)
skip("1g", "explain in words")

# ---------------- Problem 2: scaled dot-product attention ----------------
def softmax(z, axis=-1):
    z = np.asarray(z, float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 0], [0, 2], [1, 1]], float)
V = np.array([[1, 2], [0, 1], [3, 0]], float)
S = Q @ K.T
add("2a", "attention raw scores", "matrix", S)
Ss = S / np.sqrt(Q.shape[1])
add("2b", "attention scaled scores", "matrix", r(Ss), tolerance=0.001)
A = softmax(Ss)
add("2c", "attention weights", "vector", r(A[0]), tolerance=0.001)
add("2d", "attention output", "vector", r(A[0] @ V), tolerance=0.001)
mask = np.tril(np.ones((3, 3), bool))
Am = softmax(np.where(mask, Ss, -np.inf))
add("2e", "causal attention output", "vector", r(Am[1] @ V), tolerance=0.001)

# ---------------- Problem 3: softmax and cross-entropy ----------------
z = np.array([2.0, 1.0, 0.1, -1.0])
p = softmax(z)
add("3a", "softmax", "vector", r(p), tolerance=0.001)
add("3b", "cross-entropy loss", "real", round(float(-np.log(p[0])), 4), tolerance=0.001)
onehot = np.array([1.0, 0, 0, 0])
add("3c", "softmax cross-entropy gradient", "vector", r(p - onehot), tolerance=0.001)
add("3d", "softmax with temperature", "vector", r(softmax(z / 2)), tolerance=0.001)
opts = {"A": z + 5, "B": 2 * z, "C": z - z.max(), "D": z - z.mean()}
changed = [L for L, zz in opts.items() if not np.allclose(softmax(zz), p)]
assert len(changed) == 1
add("3e", "softmax invariance (multiple choice)", "choice", changed[0])
skip("3f", "explain in words (numerical stability)")

# ---------------- Problem 4: 1D convolutions ----------------
x = np.array([3, 1, -2, 0, 4, 1, 2], float)
w = np.array([1, -1, 2], float)
xp = np.pad(x, 1)
out = np.array([xp[i:i + 3] @ w for i in range(0, len(xp) - 3 + 1, 2)])
add("4a", "1D cross-correlation (stride, padding)", "vector", out)
L, k, d = 100, 5, 2
pad_total = d * (k - 1)                  # 'same' keeps the length at stride 1
Lout = (L + pad_total - d * (k - 1) - 1) // 1 + 1
add("4b", "conv1d output shape ('same')", "shape", [8, 64, Lout], layout="NCL")
xs = np.array([1, 2, 3, 4], float)
ys = np.array([5, 8, 11], float)
M = np.array([xs[i:i + 2] for i in range(3)])
wk, res, rank, _ = np.linalg.lstsq(M, ys, rcond=None)
assert rank == 2 and np.allclose(M @ wk, ys)
add("4c", "recover 1D filter", "vector", r(wk), tolerance=0.001)
rf = 1
for dil in (1, 2, 4):
    rf += (3 - 1) * dil
add("4d", "receptive field (dilated 1D convs)", "integer", rf)

class Dumper(yaml.SafeDumper):
    pass


# mappings in block style, lists (vectors, shapes, matrix rows) in flow style
Dumper.add_representer(list, lambda d, v: d.represent_sequence(
    "tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(x, dict) for x in v)))

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump({"set": "seqattn-ps3", "source": "problems.md", "parts": parts}, f,
              Dumper=Dumper, sort_keys=False, default_flow_style=False, width=1000)
print(f"wrote {len(parts)} parts "
      f"({sum(p['computable'] for p in parts)} computable)")
