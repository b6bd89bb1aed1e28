"""Expected answers for hw6_norm_opt (STAT 453 HW6). Writes expected.yaml."""
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



def batchnorm(x, gamma, beta, eps=0.0, ddof=0):
    x = np.asarray(x, float)
    mu = x.mean(axis=0)
    var = x.var(axis=0, ddof=ddof)
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, var


def batchnorm_backward(dy, xhat, var, gamma, eps=0.0):
    n = len(dy)
    dxhat = dy * gamma
    dx = (n * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat)) / (n * np.sqrt(var + eps))
    return dx, np.sum(dy * xhat), np.sum(dy)


# ---------------- Exercise 6.1 ----------------
x = np.array([2, 4, 6, 8], float)
gamma, beta = 2.0, 1.0
y, xhat, var = batchnorm(x, gamma, beta)
comp("6.1a", "batch variance (biased)", "real", var, tol=0.001, nd=4)
comp("6.1b", "batch norm forward", "vector", y, tol=0.001, nd=4)
dy = np.array([1, 0, -1, 2], float)
dx, dgamma, dbeta = batchnorm_backward(dy, xhat, var, gamma)
# numerical check of dx
num = np.zeros(4)
for i in range(4):
    e = np.zeros(4); e[i] = 1e-6
    num[i] = (np.dot(dy, batchnorm(x + e, gamma, beta)[0]) - np.dot(dy, batchnorm(x - e, gamma, beta)[0])) / 2e-6
assert np.allclose(num, dx, atol=1e-5)
comp("6.1c.i", "batch norm gradient (beta)", "real", dbeta, tol=0.001, nd=4)
comp("6.1c.ii", "batch norm gradient (gamma)", "real", dgamma, tol=0.001, nd=4)
comp("6.1c.iii", "batch norm gradient (input)", "vector", dx, tol=0.001, nd=4)
y1, _, _ = batchnorm(np.array([3.7]), gamma, beta, eps=1e-5)
comp("6.1d", "batch norm forward, batch of one", "real", y1[0], tol=0.001, nd=4)
noncomp("6.1e", "explain why batch size one fails and name an alternative layer")

# ---------------- Exercise 6.2 ----------------
h = np.array([1, 3, -2, 2], float)
ln = (h - h.mean()) / np.sqrt(h.var())
comp("6.2a", "layer norm forward", "vector", ln, tol=0.001, nd=4)
Hm = np.array([[1, 3, -2, 2], [0, 0, 4, 4]], float)
bn, _, _ = batchnorm(Hm, 1.0, 0.0)
comp("6.2b", "batch norm forward (2 examples)", "matrix", bn, tol=0.001, nd=4)

# ---------------- Exercise 6.3 ----------------
a = np.array([0.5, 2.0, -1.0, 3.0, 1.5])
p = 0.4
m = np.array([1, 0, 1, 1, 0], float)
comp("6.3a", "inverted dropout (training)", "vector", a * m / (1 - p), tol=0.001, nd=4)
comp("6.3b", "classic dropout (test time)", "vector", a * (1 - p), tol=0.001, nd=4)
a4 = a[3]
vals = np.array([a4 / (1 - p), 0.0]); probs = np.array([1 - p, p])
variance = np.sum(probs * vals ** 2) - np.sum(probs * vals) ** 2
comp("6.3c", "inverted dropout output variance", "real", variance, tol=0.001, nd=4)

# ---------------- Exercise 6.4 ----------------
z = np.array([-2, -0.5, 0, 1, 3], float)
comp("6.4a", "sigmoid", "vector", 1 / (1 + np.exp(-z)), tol=0.001, nd=4)
comp("6.4b", "tanh derivative", "vector", 1 - np.tanh(z) ** 2, tol=0.001, nd=4)
noncomp("6.4c", "ambiguous: ReLU'(0) is undefined and the sheet fixes no convention for the "
                "derivative at z = 0")
comp("6.4d", "leaky ReLU", "vector", np.where(z > 0, z, 0.1 * z), tol=0.001, nd=4)

# ---------------- Exercise 6.5 ----------------
def grad(w):
    return np.array([w[0], 10 * w[1]])


w0 = np.array([1.0, 1.0]); eta = 0.1
comp("6.5a", "SGD step", "vector", w0 - eta * grad(w0), tol=0.001, nd=4)
w = w0.copy(); v = np.zeros(2); mu = 0.9
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
comp("6.5b", "SGD with momentum (2 steps)", "vector", w, tol=0.001, nd=4)
w = w0.copy(); v = np.zeros(2)
g = grad(w); v = mu * v + g; w = w - eta * (g + mu * v)
comp("6.5c", "Nesterov momentum step", "vector", w, tol=0.001, nd=4)
b1, b2, eps = 0.9, 0.999, 1e-8
w = w0.copy(); mm = np.zeros(2); vv = np.zeros(2)
adam = []
for t in (1, 2):
    g = grad(w)
    mm = b1 * mm + (1 - b1) * g
    vv = b2 * vv + (1 - b2) * g ** 2
    mhat = mm / (1 - b1 ** t); vhat = vv / (1 - b2 ** t)
    w = w - eta * mhat / (np.sqrt(vhat) + eps)
    adam.append(w.copy())
comp("6.5d.i", "Adam step 1", "vector", adam[0], tol=0.001, nd=4)
comp("6.5d.ii", "Adam step 2", "vector", adam[1], tol=0.001, nd=4)
lam = 0.01
comp("6.5e", "SGD with L2 weight decay", "vector", w0 - eta * (grad(w0) + lam * w0), tol=0.001, nd=4)

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


write_yaml("hw6_norm_opt", "problems.tex", parts)
