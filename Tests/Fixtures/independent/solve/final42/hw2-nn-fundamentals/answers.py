"""Recompute every computable answer of hw2-nn-fundamentals and write expected.yaml."""
import numpy as np

SET = "hw2-nn-fundamentals"
SOURCE = "problems.md"
parts = []


def clean(v):
    """numpy -> plain python, rounding reals to 4 decimals."""
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, (bool, np.bool_)):
            return bool(x)
        x = round(float(x), 4) + 0.0   # + 0.0 turns -0.0 into 0.0
        if x.is_integer():
            return int(x)
        return x
    return [clean(e) for e in a]


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer) if kind not in ("choice", "choices") else answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def softmax(v, axis=-1):
    e = np.exp(v - np.max(v, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---------------- 1. Activation functions ----------------
s3 = sigmoid(np.log(3))
add("1a", "sigmoid value", "real", s3, tol=1e-3)
add("1b", "sigmoid derivative", "real", s3 * (1 - s3), tol=1e-3)
add("1c", "tanh derivative", "real", 1 - np.tanh(0.5) ** 2, tol=1e-3)
z = np.array([-3, 0.5, 2])
add("1d", "leaky ReLU", "vector", np.where(z > 0, z, 0.1 * z), tol=1e-3)

# ---------------- 2. Softmax and losses ----------------
s = np.array([2.0, 1.0, -1.0, 0.5])
y = 2 - 1                              # class 2, numbered from 1
p = softmax(s)
add("2a", "softmax", "vector", p, tol=1e-3)
add("2b", "cross-entropy loss", "real", -np.log(p[y]), tol=1e-3)
onehot = np.eye(4)[y]
add("2c", "cross-entropy gradient w.r.t. logits", "vector", p - onehot, tol=1e-3)
margins = np.maximum(0, s - s[y] + 1)
margins[y] = 0
add("2d", "multiclass hinge loss", "real", margins.sum(), tol=1e-3)
base = -np.log(p[y])
shifted = -np.log(softmax(s + 10)[y])
delta = shifted - base
choice = "A" if np.isclose(delta, 10) else "B" if np.isclose(delta, -10) else \
         "D" if np.isclose(shifted, 0) else "C"
add("2e", "softmax shift invariance", "choice", choice)
yh = np.array([0.5, 1.5, 2.0])
yt = np.array([1, 1, 3.0])
add("2f", "mean squared error", "real", np.mean((yh - yt) ** 2), tol=1e-3)

# ---------------- 3. Two-layer MLP ----------------
W1 = np.array([[1.0, -1.0], [0.5, 2.0], [-1.0, 0.0]])
b1 = np.array([0.0, -1.0, 0.5])
W2 = np.array([[1.0, -2.0, 0.5]])
b2 = np.array([0.25])
x = np.array([2.0, 1.0])
z1 = W1 @ x + b1
h = np.maximum(0, z1)
yhat = sigmoid(W2 @ h + b2)[0]
add("3a", "MLP hidden pre-activation", "vector", z1, tol=1e-3)
add("3b", "MLP hidden activation (ReLU)", "vector", h, tol=1e-3)
add("3c", "MLP output (sigmoid)", "real", yhat, tol=1e-3)
add("3d", "binary cross-entropy loss", "real", -np.log(yhat), tol=1e-3)
add("3e", "MLP parameter count", "integer", W1.size + b1.size + W2.size + b2.size)

# ---------------- 4. Backprop by hand ----------------
x, yv, zv = 3.0, 1.0, -2.0
d = x - yv                 # node a = x - y
sq = d ** 2                # node b = a^2
f = sq * zv                # f = b * z
df_dsq = zv
df_dz = sq
df_dd = df_dsq * 2 * d
add("4a", "computational graph forward", "real", f, tol=1e-3)
add("4b", "backprop through a small graph", "vector", [df_dd * 1, df_dd * -1, df_dz], tol=1e-3)
skip("4c", "sketch: draw the computational graph")

# ---------------- 5. Attention ----------------
Q = np.array([[1, 2], [0, 1]], float)
K = np.array([[1, 1], [2, 0], [0, 1]], float)
V = np.array([[1, 2], [0, 1], [3, 0]], float)
S = Q @ K.T / np.sqrt(2)
A = softmax(S, axis=1)
add("5a", "scaled attention scores", "matrix", S, tol=1e-3)
add("5b", "attention weights (row softmax)", "matrix", A, tol=1e-3)
add("5c", "attention output", "matrix", A @ V, tol=1e-3)
skip("5d", "explain in words")


# ---------------- write YAML ----------------
def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(fmt(e) for e in v) + "]"
    if isinstance(v, str):
        return '"' + v + '"' if not v.isalnum() else v
    return repr(v)


lines = [f"set: {SET}", f"source: {SOURCE}", "parts:"]
for d in parts:
    lines.append(f"  - id: {fmt(d['id']) if not d['id'].isalnum() else d['id']}")
    for key in ("computable", "family", "answer_kind", "answer", "layout", "tolerance", "why"):
        if key in d:
            val = d[key]
            if key in ("family", "why"):
                val = '"' + val + '"'
            else:
                val = fmt(val)
            lines.append(f"    {key}: {val}")
with open("expected.yaml", "w") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
