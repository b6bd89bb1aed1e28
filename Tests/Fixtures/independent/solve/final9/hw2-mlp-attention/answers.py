"""Compute every answer of hw2-mlp-attention and write expected.yaml."""
import math
import numpy as np
import yaml

def dump_yaml(path, set_name, source, parts):
    """Block-style mappings, flow-style answers (rows of a matrix on one line each)."""
    def flow(v):
        return yaml.safe_dump(v, default_flow_style=True, width=1000).strip().removesuffix("...").strip()
    lines = [f"set: {set_name}", f"source: {source}", "parts:"]
    for p in parts:
        first = True
        for k, v in p.items():
            lead = "  - " if first else "    "
            first = False
            lines.append(f"{lead}{k}: {flow(v)}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")

P = []
def r6(a):
    return (np.round(np.asarray(a, float), 6) + 0.0).tolist() if np.ndim(a) else round(float(a), 6) + 0.0
def add(id_, family, kind, answer, **kw):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw); P.append(d)
def nc(id_, why):
    P.append({"id": id_, "computable": False, "why": why})
def softmax(v, axis=-1):
    e = np.exp(v - np.max(v, axis=axis, keepdims=True)); return e / e.sum(axis=axis, keepdims=True)
sig = lambda t: 1 / (1 + np.exp(-t))

# Problem 1
z = np.array([-2, 0, 1.5])
add("1a", "ReLU", "vector", r6(np.maximum(z, 0)), tolerance=0.001)
add("1b", "sigmoid", "vector", r6(sig(z)), tolerance=0.001)
add("1c", "sigmoid derivative", "vector", r6(sig(z) * (1 - sig(z))), tolerance=0.001)
add("1d", "tanh derivative", "real", r6(1 - math.tanh(1.5) ** 2), tolerance=0.001)

# Problem 2
s = np.array([2.0, 1.0, 0.1]); y = 1
p = softmax(s)
add("2a", "softmax", "vector", r6(p), tolerance=0.001)
add("2b", "cross-entropy loss", "real", r6(-math.log(p[y])), tolerance=0.001)
onehot = np.eye(3)[y]
add("2c", "cross-entropy gradient", "vector", r6(p - onehot), tolerance=0.001)
hinge = sum(max(0.0, s[j] - s[y] + 1.0) for j in range(3) if j != y)
add("2d", "multiclass hinge loss", "real", r6(hinge), tolerance=0.001)
yhat = np.array([0.5, 1.5, -1]); yt = np.array([1, 1, 0])
add("2e", "MSE loss", "real", r6(np.mean((yhat - yt) ** 2)), tolerance=0.001)
add("2f", "binary cross-entropy", "real", r6(-math.log(1 - 0.8)), tolerance=0.001)

# Problem 3
W1 = np.array([[1, -1], [2, 0], [0, 1]], float); b1 = np.array([0, -1, 1], float)
W2 = np.array([[1, -2, 1]], float); b2 = 0.5
x = np.array([1, 2], float); yt = 2.0
z1 = W1 @ x + b1; h = np.maximum(z1, 0); out = (W2 @ h + b2)[0]
add("3a", "MLP forward (pre-activation)", "vector", r6(z1), tolerance=0.001)
add("3b", "MLP forward (output)", "real", r6(out), tolerance=0.001)
dout = out - yt
dW2 = dout * h[None, :]
add("3c", "backprop weight gradient", "matrix", r6(dW2), tolerance=0.001)
db1 = (W2[0] * dout) * (z1 > 0)
add("3d", "backprop bias gradient", "vector", r6(db1), tolerance=0.001)
dx = W1.T @ db1
add("3e", "backprop input gradient", "vector", r6(dx), tolerance=0.001)

# Problem 4: f = (x + y) * max(y, z)
xv, yv, zv = -2.0, 3.0, 1.0
a = xv + yv; m = max(yv, zv)
add("4a", "computational graph forward", "real", r6(a * m), tolerance=0.001)
dm_dy, dm_dz = (1.0, 0.0) if yv > zv else (0.0, 1.0)
grad = [m, m + a * dm_dy, a * dm_dz]
add("4b", "backprop through a graph", "vector", r6(grad), tolerance=0.001)

# Problem 5
Q = np.array([[1, 0], [0, 1]], float); K = np.array([[1, 1], [0, 1], [1, 0]], float)
V = np.array([[1, 2], [0, 3], [4, 0]], float)
S = Q @ K.T
add("5.i", "attention scores", "matrix", r6(S), tolerance=0.001)
A = softmax(S / math.sqrt(2), axis=1)
add("5.ii", "attention weights", "matrix", r6(A), tolerance=0.001)
add("5.iii", "attention output", "matrix", r6(A @ V), tolerance=0.001)
nc("5.iv", "explain in words")

# Problem 6: no convention stated anywhere in the set
nc("6", "ambiguous: 'convolve' with an asymmetric kernel and no convention stated; "
        "cross-correlation gives (-2, -2), flipped-kernel convolution gives (2, 2)")

dump_yaml("expected.yaml", "hw2-mlp-attention", "problems.md", P)
for q in P:
    print(q["id"], q.get("answer", "-"))
