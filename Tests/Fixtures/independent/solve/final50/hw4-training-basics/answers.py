"""Recompute every answer of hw4-training-basics from the numbers in problems.md; write expected.yaml."""
import math
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append(dict(id=pid, computable=False, why=why))
        return
    d = dict(id=pid, computable=True, family=family, answer_kind=kind, answer=answer)
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


R = 4  # "Round real answers to 4 decimal places"
TOL = 1e-3


def r(v):
    return np.round(np.asarray(v, float), R).tolist()


def bn(x, gamma=1.0, beta=0.0, eps=0.0, ddof=0):
    x = np.asarray(x, float)
    return gamma * (x - x.mean(0)) / np.sqrt(x.var(0, ddof=ddof) + eps) + beta


# Problem 1
B = np.array([[1, 4], [3, 0], [5, 2], [7, 6]], float)
add("1a", "batch norm forward", "vector", r(bn(B[:, 0])), tol=TOL)
add("1b", "batch norm forward (gamma, beta)", "vector", r(bn(B[:, 1], 2.0, 0.5)), tol=TOL)
add("1c", "layer norm forward", "vector", r(bn(B[1])), tol=TOL)
add("1d", "batch norm forward (unbiased variance)", "vector", r(bn(B[:, 0], ddof=1)), tol=TOL)
single = np.array([[3.0, 0.0]])
add("1e", "batch norm forward (batch of one)", "vector",
    r(bn(single, np.array([2.0, 2.0]), np.array([0.5, 0.5]), eps=1e-5)[0]), tol=TOL)
x1 = B[:, 0]
c = np.array([1, 0, 0, -1], float)
y = bn(x1)
sigma = np.sqrt(x1.var())
dx = (c - c.mean() - y * np.mean(c * y)) / sigma
# check against central finite differences
num = np.array([(np.dot(c, bn(x1 + 1e-6 * e)) - np.dot(c, bn(x1 - 1e-6 * e))) / 2e-6 for e in np.eye(4)])
assert np.allclose(dx, num, atol=1e-6)
add("1f", "batch norm gradient", "vector", r(dx), tol=TOL)

# Problem 2
h = np.array([2.0, -1.0, 0.5, 3.0])
p = 0.25
q = 1 - p
m = np.array([1, 0, 1, 1], float)
add("2a", "inverted dropout forward", "vector", r(h * m / q), tol=TOL)
add("2b", "classic dropout test-time scaling", "vector", r(h * q), tol=TOL)
add("2c", "inverted dropout variance", "real", round(h[0] ** 2 * (1 - q) / q, R), tol=TOL)

# Problem 3
z = np.array([1.0, -2.0, 0.5])
yc = 0
sig = 1 / (1 + np.exp(-z))
sm = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
add("3a", "ReLU derivative", "vector", (z > 0).astype(int).tolist())
add("3b", "sigmoid", "vector", r(sig), tol=TOL)
add("3c", "sigmoid derivative", "vector", r(sig * (1 - sig)), tol=TOL)
add("3d", "tanh derivative", "vector", r(1 - np.tanh(z) ** 2), tol=TOL)
add("3e", "softmax", "vector", r(sm), tol=TOL)
add("3f", "cross-entropy loss", "real", round(float(-np.log(sm[yc])), R), tol=TOL)
add("3g", "cross-entropy gradient", "vector", r(sm - np.eye(3)[yc]), tol=TOL)
sm3 = np.exp(z + 3) / np.exp(z + 3).sum()
add("3h", "softmax shift invariance (true/false)", "boolean", bool(np.allclose(sm3, sm)))
hinge = sum(max(0.0, z[j] - z[yc] + 1) for j in range(3) if j != yc)
add("3i", "multiclass hinge loss", "real", round(hinge, R), tol=TOL)

# Problem 4
x = np.array([2.0, 1.0])
W1 = np.array([[1.0, 2.0], [-1.0, 0.0], [0.5, 1.0]])
b1 = np.array([0.0, 1.0, -0.5])
W2 = np.array([[1.0, -1.0, 2.0]])
b2 = np.array([0.5])
pre = W1 @ x + b1
hh = np.maximum(pre, 0)
yhat = W2 @ hh + b2
loss = 0.5 * (yhat - 1.0) ** 2
dy = yhat - 1.0
dW2 = np.outer(dy, hh)
db1 = (W2.T @ dy) * (pre > 0)
add("4a", "MLP pre-activation", "vector", r(pre), tol=TOL)
add("4b", "MLP forward output", "real", round(float(yhat[0]), R), tol=TOL)
add("4c", "MSE loss", "real", round(float(loss[0]), R), tol=TOL)
add("4d", "MLP backprop (weight gradient)", "matrix", r(dW2), tol=TOL)
add("4e", "MLP backprop (bias gradient)", "vector", r(db1), tol=TOL)
add("4f", why="explain in words (dying ReLU)")


def _fmt(v):
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_fmt(e) for e in v) + "]"
    if isinstance(v, (float, np.floating)):
        v = round(float(v), 10)
        s = repr(v + 0.0)  # + 0.0 turns -0.0 into 0.0
        if "e" in s and "." not in s.split("e")[0]:
            s = s.replace("e", ".0e")  # YAML 1.1 needs a dot in 1.0e-06
        return s
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    s = str(v)
    return s if s.replace("-", "").replace("_", "").replace(".", "").isalnum() and not s[0].isdigit() else json.dumps(s)


def dump(path, setname, source):
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(path, "w") as fh:
        fh.write(f"set: {setname}\nsource: {source}\nparts:\n")
        for p in parts:
            first = True
            for key, val in p.items():
                fh.write(("  - " if first else "    ") + f"{key}: {_fmt(val)}\n")
                first = False


dump(os.path.join(HERE, "expected.yaml"), "hw4-training-basics", "problems.md")
