"""Expected answers for ps4_mlp_attention (COMP 4660 PS4). Writes expected.yaml."""
import json
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v, nd=None):
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, float):
            if nd is not None:
                x = round(x, nd)
            if x == int(x) and nd is None:
                return int(x)
            return float(x) + 0.0
        return x
    return [py(e, nd) for e in a]


def comp(pid, family, kind, answer, tol=None, layout=None, nd=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer, nd)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def noncomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



def softmax(v, axis=-1):
    v = np.asarray(v, float)
    e = np.exp(v - v.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---------------- Question 1 ----------------
W1 = np.array([[1, -1], [2, 0], [0, 1]], float)
b1 = np.array([0, -1, 1], float)
W2 = np.array([[1, 0, -1], [2, 1, 0]], float)
b2 = np.array([0.5, -0.5])
x = np.array([2, 1], float)
y = 0  # first class
pre = W1 @ x + b1
h = np.maximum(pre, 0)
z = W2 @ h + b2
p = softmax(z)
L = -np.log(p[y])
comp("1a", "MLP hidden activation", "vector", h)
comp("1b", "MLP logits", "vector", z, tol=0.001, nd=4)
comp("1c", "softmax", "vector", p, tol=0.001, nd=4)
comp("1d", "cross-entropy loss", "real", L, tol=0.001, nd=4)
dz = p - np.eye(2)[y]
comp("1e", "gradient wrt W2", "matrix", np.outer(dz, h), tol=0.001, nd=4)
dh = W2.T @ dz
db1 = dh * (pre > 0)
comp("1f", "gradient wrt b1", "vector", db1, tol=0.001, nd=4)

# ---------------- Question 2 ----------------
def f_and_grad(x, y, z):
    a = x * y
    b = max(y, z)
    s = a + b
    f = s ** 2
    df_ds = 2 * s
    dx = df_ds * y
    dy = df_ds * (x + (1.0 if y > z else 0.0))
    dz = df_ds * (1.0 if z > y else 0.0)
    return f, np.array([dx, dy, dz])


noncomp("2.1", "draw the computational graph (sketch)")
fv, g = f_and_grad(3.0, -2.0, 1.0)
comp("2.2", "computational graph forward value", "real", fv, tol=0.001)
comp("2.3", "backprop gradient", "vector", g)
_, g2 = f_and_grad(3.0, -2.0, -3.0)
comp("2.4", "backprop gradient (changed input)", "real", g2[1], tol=0.001)

# ---------------- Question 3 ----------------
s = np.array([2.0, 3.5, -1.0, 3.0]); yc = 0; delta = 1.0
hinge = sum(max(0.0, s[j] - s[yc] + delta) for j in range(len(s)) if j != yc)
comp("3a", "multiclass hinge loss", "real", hinge, tol=0.001, nd=4)
comp("3b", "softmax", "vector", softmax(s), tol=0.001, nd=4)
pred = np.array([1.5, 0.2, 3.0]); tgt = np.array([1, 0, 2], float)
comp("3c", "mean squared error", "real", np.mean((pred - tgt) ** 2), tol=0.001, nd=4)
q = np.array([0.8, 0.3]); lab = np.array([1, 0], float)
bce = -np.mean(lab * np.log(q) + (1 - lab) * np.log(1 - q))
comp("3d", "binary cross-entropy", "real", bce, tol=0.001, nd=4)

# ---------------- Question 4 ----------------
X = np.array([[1, 0], [0, 1], [1, 1], [2, 1]], float)
yv = np.array([1, 2, 4, 5], float)
w_ols = np.linalg.solve(X.T @ X, X.T @ yv)
comp("4a", "least squares closed form", "vector", w_ols, tol=0.001, nd=4)
lam = 1.0
w_ridge = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ yv)
comp("4b", "ridge closed form", "vector", w_ridge, tol=0.001, nd=4)
comp("4c", "ridge prediction", "real", np.array([3, 2]) @ w_ridge, tol=0.001, nd=4)
noncomp("4d", "prove uniqueness of the ridge minimiser")

# ---------------- Question 5 ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [0, 2], [1, -1]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
dk = 2
S = Q @ K.T
A = softmax(S / np.sqrt(dk), axis=1)
comp("5a", "attention raw scores", "matrix", S)
comp("5b", "attention weights", "matrix", A, tol=0.001, nd=4)
comp("5c", "attention output", "matrix", A @ V, tol=0.001, nd=4)
A3 = softmax((3 * Q) @ K.T / np.sqrt(dk), axis=1)
comp("5d", "true/false: scaling queries keeps weights", "boolean", bool(np.allclose(A3, A)))

def write_yaml(setname, source, parts):
    """Emit YAML by hand: one mapping per part, values as JSON (a subset of YAML)."""
    lines = ["set: " + setname, "source: " + source, "parts:"]
    for p in parts:
        for n, (k, v) in enumerate(p.items()):
            lines.append(("  - " if n == 0 else "    ") + k + ": " + json.dumps(v))
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["parts"] == parts
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
        fh.write(text)
    print(text)


write_yaml("ps4_mlp_attention", "problems.md", parts)
