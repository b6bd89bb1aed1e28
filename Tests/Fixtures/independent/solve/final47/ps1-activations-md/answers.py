"""Compute the expected answers for ps1-activations-md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a, nd=4):
    return (np.round(np.asarray(a, float), nd) + 0.0).tolist()


def softmax(s, axis=-1):
    s = np.asarray(s, float)
    e = np.exp(s - s.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


T = dict(tolerance=0.001)

# 1. activations
z = np.array([-2, -0.5, 0, 1.5, 3])
sig = 1 / (1 + np.exp(-z))
add("1a", "ReLU", "vector", r(np.maximum(z, 0)), **T)
add("1b", "sigmoid", "vector", r(sig), **T)
add("1c", "tanh derivative", "vector", r(1 - np.tanh(z) ** 2), **T)
add("1d", "sigmoid derivative", "vector", r(sig * (1 - sig)), **T)
skip("1e", "prove/derive")

# 2. softmax and losses
S = np.array([[2.0, 1.0, 0.1, -1.0], [0.5, 2.5, 0.3, 1.8], [-0.2, 0.4, 3.1, 0.0]])
y = np.array([0, 3, 2])
P = softmax(S)
ce = -np.log(P[np.arange(3), y])
add("2a", "softmax", "vector", r(P[0]), **T)
add("2b", "cross-entropy", "real", round(float(ce[0]), 4), **T)
add("2c", "mean cross-entropy", "real", round(float(ce.mean()), 4), **T)
s2, y2 = S[1], y[1]
hinge = sum(max(0.0, s2[j] - s2[y2] + 1.0) for j in range(4) if j != y2)
add("2d", "multiclass hinge loss", "real", round(float(hinge), 4), **T)
yh = np.array([2.5, 0.0, 2.1, 7.8])
yt = np.array([3, -0.5, 2, 7])
add("2e", "MSE loss", "real", round(float(np.mean((yh - yt) ** 2)), 4), **T)
ref = softmax([1, 2, 3])
opts = {"A": [2, 4, 6], "B": [11, 12, 13], "C": [0.1, 0.2, 0.3], "D": [3, 2, 1]}
same = [k for k, v in opts.items() if np.allclose(softmax(v), ref)]
assert len(same) == 1
add("2f", "softmax shift invariance (multiple choice)", "choice", same[0])
logit, lab = 0.4, 0
bce = -(lab * np.log(1 / (1 + np.exp(-logit))) + (1 - lab) * np.log(1 - 1 / (1 + np.exp(-logit))))
add("2g", "binary cross-entropy with logits", "real", round(float(bce), 4), **T)

# 3. MLP
x = np.array([1.0, -2.0])
W1 = np.array([[0.5, -1.0], [2.0, 0.5], [-1.0, 1.0]])
b1 = np.array([0.0, 1.0, 0.5])
W2 = np.array([[1.0, -1.0, 2.0]])
b2 = np.array([0.25])
z1 = W1 @ x + b1
h = np.maximum(z1, 0)
out = W2 @ h + b2
add("3a", "MLP pre-activation", "vector", r(z1), **T)
add("3b", "MLP hidden activation", "vector", r(h), **T)
add("3c", "MLP output", "real", round(float(out[0]), 4), **T)
t = 2.0
dy = out - t
add("3d.i", "loss gradient wrt output", "real", round(float(dy[0]), 4), **T)
dW2 = np.outer(dy, h)
add("3d.ii", "gradient wrt output weights", "matrix", r(dW2), **T)
dh = W2.T @ dy
db1 = dh * (z1 > 0)
add("3d.iii", "gradient wrt hidden bias", "vector", r(db1), **T)

# 4. tiny graph
a, b, c = 1.5, -2.0, 4.0
u = a * b
v = u + c
f = v ** 2 - 3 * c
dv = 2 * v
grad = [dv * b, dv * a, dv - 3]
add("4a", "computation graph forward", "real", round(f, 4), **T)
add("4b", "backprop through a graph", "vector", r(grad), **T)

# 5. attention
Q = np.array([[1, 0], [0, 2]], float)
K = np.array([[1, 1], [2, 0], [0, -1]], float)
V = np.array([[1, 2], [0, 3], [4, -1]], float)
dk = 2
Sc = Q @ K.T
A = softmax(Sc / np.sqrt(dk))
add("5a", "attention scores", "matrix", r(Sc), **T)
add("5b", "attention weights", "matrix", r(A), **T)
add("5c", "attention output", "matrix", r(A @ V), **T)
Sm = Sc / np.sqrt(dk)
Sm[:, 2] = -np.inf
Am = softmax(Sm)
add("5d", "masked attention output", "vector", r((Am @ V)[0]), **T)
skip("5e", "explain in words")

with open(os.path.join(HERE, "expected.yaml"), "w") as fo:
    yaml.safe_dump({"set": "ps1-activations-md", "source": "problems.md", "parts": parts},
                   fo, sort_keys=False, default_flow_style=None)
print(sum(p["computable"] for p in parts), "computable of", len(parts))
