"""Answers for s2-exam-regularization (MLDS 420 PS2). Run: python3 answers.py -> expected.yaml"""
import numpy as np
# ---- helpers: collect labels and write expected.yaml ----
import os
import yaml

PARTS = []


def _py(v, nd):
    """numpy -> plain python; floats rounded to nd decimals, integral values as int."""
    a = np.asarray(v)
    if a.dtype.kind == "f":
        a = np.round(a.astype(float), nd) + 0.0  # +0.0 turns -0.0 into 0.0
        if np.all(a == np.round(a)):
            return a.astype(int).tolist()
    return a.tolist()


def comp(pid, family, kind, value, tol=None, layout=None, nd=4):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if kind in ("choice", "choices", "boolean"):
        d["answer"] = value if not isinstance(value, np.bool_) else bool(value)
    elif kind in ("integer", "shape"):
        a = np.asarray(value)
        assert np.all(a == np.round(a)), (pid, value)
        d["answer"] = np.round(a).astype(int).tolist()
    else:
        d["answer"] = _py(value, nd)
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    PARTS.append(d)


def noncomp(pid, why):
    PARTS.append({"id": pid, "computable": False, "why": why})


def write(setname, source):
    ids = [p["id"] for p in PARTS]
    assert len(ids) == len(set(ids)), "duplicate id"
    doc = {"set": setname, "source": source, "parts": PARTS}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "expected.yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
    n = sum(p["computable"] for p in PARTS)
    print(f"{setname}: {len(PARTS)} parts, {n} computable")


# ---------------------------------------------------------------- computations
def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()          # biased variance
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, var


def bn_backward(dy, xhat, var, gamma, eps):
    m = len(dy)
    dxhat = dy * gamma
    return (dxhat - dxhat.mean() - xhat * (dxhat * xhat).mean()) / np.sqrt(var + eps)


# Question 1
x = np.array([1, 2, 4, 5], float)
gamma, beta = 2.0, 1.0
y, xhat, var = bn_forward(x, gamma, beta, 0.0)
comp("1a.i", "batch norm mean", "real", x.mean(), tol=1e-4)
comp("1a.ii", "batch norm biased variance", "real", var, tol=1e-4)
comp("1b", "batch norm forward", "vector", y, tol=0.001)
dy = np.array([1, 0, -1, 2], float)
dx = bn_backward(dy, xhat, var, gamma, 0.0)
# finite-difference check of the analytic gradient
num = np.array([(np.dot(dy, bn_forward(x + h, gamma, beta, 0)[0]) - np.dot(dy, bn_forward(x - h, gamma, beta, 0)[0])) / 2e-6
                for h in np.eye(4) * 1e-6])
assert np.allclose(num, dx, atol=1e-5)
comp("1c", "batch norm input gradient", "vector", dx, tol=0.001)
y1, xhat1, var1 = bn_forward(np.array([7.0]), gamma, beta, 1e-5)
comp("1d", "batch norm, batch of one example", "real", y1[0], tol=1e-4)
dx1 = bn_backward(np.array([3.7]), xhat1, var1, gamma, 1e-5)
comp("1e", "batch norm gradient, batch of one (true/false)", "boolean", bool(np.allclose(dx1, 0)))
h = np.array([2, 4, 6, 8], float)
ln = (h - h.mean()) / np.sqrt(((h - h.mean()) ** 2).mean())
comp("1f", "layer norm forward", "vector", ln, tol=0.001)
noncomp("1g", "explain in words")

# Question 2
h = np.array([2, 0.5, -1, 3])
p = 0.25
m = np.array([1, 0, 1, 1])
comp("2a", "inverted dropout forward", "vector", h * m / (1 - p), tol=0.001)
comp("2b", "classic dropout test-time scaling", "vector", h * (1 - p), tol=0.001)
# expected value of a*m/(1-p), m ~ Bernoulli(1-p): compare with the options at a generic p, a
pp, a = 0.3, 1.7
ev = (1 - pp) * a / (1 - pp)
opts = {"A": (1 - pp) * a, "B": a, "C": a / (1 - pp), "D": pp * a}
comp("2c", "inverted dropout expectation (multiple choice)", "choice",
     [k for k, v in opts.items() if np.isclose(v, ev)][0])
a = 3.0
var_out = (1 - p) * (a / (1 - p)) ** 2 - a ** 2      # E[Y^2] - (E[Y])^2
comp("2d", "inverted dropout variance", "real", var_out, tol=1e-4)
noncomp("2e", "explain in words")

# Question 3
sig = lambda t: 1 / (1 + np.exp(-t))
comp("3a.i", "sigmoid derivative", "real", sig(np.log(3)) * (1 - sig(np.log(3))), tol=1e-4)
comp("3a.ii", "tanh derivative", "real", 1 - np.tanh(0.5) ** 2, tol=1e-4)
comp("3a.iii", "leaky ReLU derivative", "real", 0.1 if -2 < 0 else 1.0, tol=1e-4)
z = np.array([2, 1, 0, -1], float)
softmax = lambda v: np.exp(v - v.max()) / np.exp(v - v.max()).sum()
s = softmax(z)
comp("3b", "softmax", "vector", s, tol=0.001)
comp("3c", "cross-entropy loss", "real", -np.log(s[0]), tol=1e-4)
onehot = np.array([1, 0, 0, 0])
comp("3d", "cross-entropy gradient w.r.t. logits", "vector", s - onehot, tol=0.001)
cands = {"A": [4, 2, 0, -2], "B": [3, 2, 1, 0], "C": [1, 0.5, 0, -0.5], "D": [2, 1, 0, 1]}
comp("3e", "softmax shift invariance (multiple choice)", "choice",
     [k for k, v in cands.items() if np.allclose(softmax(np.array(v, float)), s)][0])
yhat = np.array([0.5, 2.0, -1.0]); yt = np.array([1.0, 1.5, 0.0])
comp("3f", "mean squared error", "real", np.mean((yhat - yt) ** 2), tol=1e-4)
sc = np.array([3.2, 5.1, -1.7]); c = 0
hinge = sum(max(0.0, sc[j] - sc[c] + 1.0) for j in range(3) if j != c)
comp("3g", "multiclass hinge loss", "real", hinge, tol=1e-4)

write("s2-exam-regularization", "problems.tex")
