"""Recompute every answer of conv-activations-md/problems.md and write expected.yaml."""
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


def ints(v):
    return np.asarray(np.rint(v), dtype=int).tolist()


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return out


def convT2d(Z, K, stride=1):
    kh, kw = K.shape
    out = np.zeros(((Z.shape[0] - 1) * stride + kh, (Z.shape[1] - 1) * stride + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i * stride:i * stride + kh, j * stride:j * stride + kw] += Z[i, j] * K
    return out


# ---- Problem 1
x = np.array([1, 2, 0, -1, 3, 1], float)
w = np.array([1, 0, -1], float)
add("1a", "1D cross-correlation", "vector", ints(xcorr1d(x, w)))
add("1b", "1D cross-correlation (stride, padding)", "vector", ints(xcorr1d(x, w, stride=2, pad=1)))
add("1c", "1D true convolution (flipped kernel)", "vector", ints(np.convolve(x, w, mode="valid")))
u = np.array([1, 2, 3, 4], float)
out = np.array([5, 8, 11], float)
A = np.stack([u[:-1], u[1:]], axis=1)
k, *_ = np.linalg.lstsq(A, out, rcond=None)
assert np.allclose(A @ k, out)
add("1d", "recover filter from input and output", "vector", ints(k))

# ---- Problem 2
X = np.array([[1, 0, 2, 1], [3, 1, 0, 2], [0, 2, 1, 1], [1, 0, 3, 0]], float)
K = np.array([[1, -1], [0, 2]], float)
add("2a", "2D cross-correlation", "matrix", ints(xcorr2d(X, K)))
add("2b", "2D cross-correlation (stride 2)", "matrix", ints(xcorr2d(X, K, stride=2)))
add("2c", "2D cross-correlation (padding, stride 2)", "matrix", ints(xcorr2d(X, K, stride=2, pad=1)))
Z = np.array([[1, 2], [0, -1]], float)
add("2d", "transposed convolution", "matrix", ints(convT2d(Z, K, 1)))
add("2e", "transposed convolution (stride 2)", "matrix", ints(convT2d(Z, K, 2)))

# ---- Problem 3
z = np.array([-2, -0.5, 0, 1, 3], float)
add("3a", "ReLU derivative", "vector", ints((z > 0).astype(float)))
sig = 1 / (1 + np.exp(-z))
add("3b", "sigmoid derivative", "vector", r(sig * (1 - sig)), tolerance=0.001)
add("3c", "tanh derivative", "vector", r(1 - np.tanh(z) ** 2), tolerance=0.001)
add("3d", "leaky ReLU", "vector", r(np.where(z > 0, z, 0.1 * z)), tolerance=0.001)
skip("3e", "explain in words")

# ---- Problem 4
L = np.array([[2.0, 1.0, 0.0], [0.5, 0.5, 2.0]])
y = np.array([0, 1])


def softmax(v):
    e = np.exp(v - v.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


P = softmax(L)
add("4a", "softmax", "vector", r(P[0]), tolerance=0.001)
ce = -np.log(P[np.arange(2), y])
add("4b", "cross-entropy loss", "real", r(ce.mean()), tolerance=0.001)
onehot = np.eye(3)[y]
add("4c", "cross-entropy gradient wrt logits", "vector", r((P[0] - onehot[0]) / 2), tolerance=0.001)
pred = np.array([2.5, 0.0, 2.1, 7.8])
tgt = np.array([3, -0.5, 2, 8])
add("4d", "MSE loss", "real", r(np.mean((pred - tgt) ** 2)), tolerance=0.0001)
s = np.array([3.2, 5.1, -1.7])
hinge = sum(max(0.0, s[j] - s[0] + 1) for j in range(3) if j != 0)
add("4e", "multiclass hinge loss", "real", r(hinge), tolerance=0.001)
add("4f", "binary cross-entropy", "real", r(-np.log(0.9)), tolerance=0.001)
skip("4g", "explain in words")

write_yaml(os.path.join(HERE, "expected.yaml"), "conv-activations-md", "problems.md", parts)
print(open(os.path.join(HERE, "expected.yaml")).read())
