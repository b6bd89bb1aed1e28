"""Compute every answer of midterm-practice and write expected.yaml."""
import numpy as np
import yaml

parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def noncomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def _clean(v, nd):
    v = round(float(v), nd) + 0.0          # also turns -0.0 into 0.0
    return int(v) if v == int(v) else v


def r(a, nd=4):
    a = np.asarray(a, dtype=float)
    if a.ndim == 0:
        return _clean(a, nd)
    return [r(row, nd) for row in a]


def emit(doc, path):
    """Write YAML: one block mapping per part, answers as flow lists."""
    def val(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        if isinstance(v, int):
            return repr(v)
        if isinstance(v, float):
            t = repr(v)
            if "e" in t or "E" in t:                # PyYAML needs 0.000001, not 1e-06
                t = ("%.12f" % v).rstrip("0")
            return t
        return yaml.safe_dump(v, default_style=None, width=10000).strip().removesuffix("...").strip()
    lines = ["set: " + doc["set"], "source: " + doc["source"], "parts:"]
    for p in doc["parts"]:
        first = True
        for k, v in p.items():
            lines.append(("  - " if first else "    ") + k + ": " + val(v))
            first = False
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == doc, "emitter round-trip failed"
    with open(path, "w") as f:
        f.write(text)
    return text


sigmoid = lambda t: 1.0 / (1.0 + np.exp(-t))

# ---------------- Question 1 ----------------
z = np.array([-1.0, 0.0, 2.0])
add("1a", "sigmoid", "vector", r(sigmoid(z)), tol=0.001)
add("1b", "sigmoid derivative", "vector", r(sigmoid(z) * (1 - sigmoid(z))), tol=0.001)
leaky = np.where(z > 0, z, 0.1 * z).sum()
opts = {"A": 2.1, "B": 1.9, "C": 2.0, "D": 1.8}
best = [k for k, v in opts.items() if abs(v - leaky) < 1e-9]
assert len(best) == 1
add("1c", "leaky ReLU (multiple choice)", "choice", best[0])

# ---------------- Question 2 ----------------
s = np.array([2.0, 1.0, -1.0])
y = 2 - 1                                   # class 2, zero-based index 1
p = np.exp(s - s.max()); p /= p.sum()
add("2a", "softmax", "vector", r(p), tol=0.001)
ce = -np.log(p[y])
add("2b", "cross-entropy loss", "real", r(ce), tol=0.001)
onehot = np.eye(3)[y]
add("2c", "cross-entropy gradient wrt logits", "vector", r(p - onehot), tol=0.001)
hinge = sum(max(0.0, s[j] - s[y] + 1.0) for j in range(3) if j != y)
add("2d", "multiclass hinge loss", "real", r(hinge), tol=0.001)
pred = np.array([2.5, 0.0, 2.0, 8.0]); tgt = np.array([3.0, -0.5, 2.0, 7.0])
add("2e", "mean squared error", "real", r(np.mean((pred - tgt) ** 2)), tol=0.001)
s2 = s + 3.7
p2 = np.exp(s2 - s2.max()); p2 /= p2.sum()
add("2f", "softmax shift invariance (true/false)", "boolean", bool(abs(-np.log(p2[y]) - ce) > 1e-9))

# ---------------- Question 3 ----------------
W1 = np.array([[1, 2], [-1, -1], [0.5, 1]]); b1 = np.array([0.5, 1, 2])
W2 = np.array([[1, -1, 2]]); b2 = 0.5
x = np.array([1.0, -2.0]); yt = 1.0
a1 = W1 @ x + b1
h = np.maximum(a1, 0)
yhat = (W2 @ h)[0] + b2
L = 0.5 * (yhat - yt) ** 2
add("3a", "MLP forward hidden activation", "vector", r(h), tol=0.001)
add("3b", "MLP forward loss", "real", r(L), tol=0.001)
dy = yhat - yt
add("3c.i", "backprop output gradient", "real", r(dy), tol=0.001)
dW2 = dy * h[None, :]
add("3c.ii", "backprop weight gradient", "matrix", r(dW2), tol=0.001)
da1 = (W2[0] * dy) * (a1 > 0)
add("3c.iii", "backprop bias gradient", "vector", r(da1), tol=0.001)
dx = W1.T @ da1
add("3d", "backprop input gradient", "vector", r(dx), tol=0.001)
# finite-difference check of dL/dx
def loss_of(xx):
    return 0.5 * ((W2 @ np.maximum(W1 @ xx + b1, 0))[0] + b2 - yt) ** 2
fd = np.array([(loss_of(x + e) - loss_of(x - e)) / 2e-6 for e in np.eye(2) * 1e-6])
assert np.allclose(fd, dx, atol=1e-5)
noncomp("3e", "explain (dead ReLU unit)")

# ---------------- Question 4 ----------------
a, b, c = 3.0, -1.0, 5.0
q = a * b + c
grad = np.array([2 * q * b, 2 * q * a, 2 * q])
f = lambda v: (v[0] * v[1] + v[2]) ** 2
v0 = np.array([a, b, c])
fd = np.array([(f(v0 + e) - f(v0 - e)) / 2e-6 for e in np.eye(3) * 1e-6])
assert np.allclose(fd, grad, atol=1e-4)
add("4", "backprop through computational graph", "vector", r(grad), tol=0.001)

# ---------------- Question 5 ----------------
hd = np.array([2, 0.5, 4, 1.0]); pdrop = 0.25; keep = 1 - pdrop
m = np.array([1, 0, 1, 1.0])
add("5a", "inverted dropout forward", "vector", r(hd * m / keep), tol=0.001)
add("5b", "classic dropout test-time scaling", "vector", r(hd * keep), tol=0.001)
h3 = 4.0
mean = keep * (h3 / keep)
var = keep * (h3 / keep) ** 2 - mean ** 2
add("5c", "inverted dropout variance", "real", r(var), tol=0.001)
noncomp("5d", "explain in words")

# ---------------- Question 6 ----------------
n_params = 10000 * 300 + (300 * 128 + 128) + 128 * 5
add("6", "parameter count (embedding + linear)", "integer", n_params)

doc = {"set": "midterm-practice", "source": "problems.tex", "parts": parts}
print(emit(doc, "expected.yaml"))
