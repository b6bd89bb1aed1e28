"""Recompute every numeric answer of Recitation 6 and write expected.yaml."""
import numpy as np
import yaml

parts = []


def clean(v):
    if isinstance(v, np.ndarray):
        return clean(v.tolist())
    if isinstance(v, (list, tuple)):
        return [clean(e) for e in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = round(float(v), 6)
        return int(f) if f == int(f) and abs(f) < 1e12 else f
    return v


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


SET = "recitation6-attention"


def softmax(v, axis=-1):
    v = np.asarray(v, float)
    e = np.exp(v - v.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


sig = lambda t: 1 / (1 + np.exp(-t))

# ---------------- 1. softmax and losses
z = np.array([2.0, 0.5, -1.0])
yidx = 1  # dog
p = softmax(z)
add("1a", "softmax", "vector", p, tol=1e-4)
add("1b", "cross-entropy loss", "real", -np.log(p[yidx]), tol=1e-4)
onehot = np.eye(3)[yidx]
add("1c", "cross-entropy gradient wrt logits", "vector", p - onehot, tol=1e-4)
add("1d", "softmax with temperature", "real", softmax(z / 2.0)[0], tol=1e-4)
hinge = sum(max(0.0, z[j] - z[yidx] + 1) for j in range(3) if j != yidx)
add("1e", "multiclass hinge loss", "real", hinge, tol=1e-4)

# ---------------- 2. activations
u = np.array([-1.5, 0.0, 2.0])
skip("2a", "ambiguous: ReLU is not differentiable at 0 and the value used for ReLU'(0) is not stated")
add("2b", "sigmoid derivative", "vector", sig(u) * (1 - sig(u)), tol=1e-4)
add("2c", "tanh derivative", "vector", 1 - np.tanh(u) ** 2, tol=1e-4)
add("2d", "leaky ReLU", "vector", np.where(u > 0, u, 0.01 * u), tol=1e-4)

# ---------------- 3. attention
Q = np.array([[1, 0], [1, 2]], float)
K = np.array([[1, 0], [0, 1], [2, -1]], float)
V = np.array([[1, 2], [0, 1], [3, 0]], float)
dk = Q.shape[1]
S = Q @ K.T / np.sqrt(dk)
Aw = softmax(S, axis=1)
add("3a", "attention scores", "matrix", S, tol=1e-4)
add("3b", "attention weights", "matrix", Aw, tol=1e-4)
add("3c", "attention output", "matrix", Aw @ V, tol=1e-4)
row = Aw[1]
assert np.sum(np.isclose(row, row.max())) == 1
add("3d", "attention argmax", "choice", "ABC"[int(np.argmax(row))])
skip("3e", "explain in words")

# ---------------- 4. transformer bookkeeping
d, h, dff, n, vocab = 256, 4, 1024, 128, 32000
add("4a", "multi-head attention parameter count", "integer", 4 * d * d + 4 * d)
add("4b", "feed-forward parameter count", "integer", d * dff + dff + dff * d + d)
add("4c", "layer norm parameter count", "integer", 2 * (2 * d))
add("4d", "embedding parameter count", "integer", vocab * d)
dhead = d // h
add("4e", "attention MACs", "integer", h * n * n * dhead)
add("4f", "batch norm parameter count", "integer", 2 * d)

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": SET, "source": "problems.md", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
print(open("expected.yaml").read())
