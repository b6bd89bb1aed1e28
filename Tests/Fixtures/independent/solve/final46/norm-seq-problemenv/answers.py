"""Expected answers for norm-seq-problemenv. Run: python3 answers.py  (writes expected.yaml)."""
import math
import os
import numpy as np
import yaml

parts = []


def comp(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray) and kind not in ("real", "vector", "matrix"):
        answer = answer.tolist()
    if kind in ("real", "vector", "matrix") and tol is not None:
        answer = (np.round(np.asarray(answer, dtype=float), 6) + 0.0).tolist()
    if isinstance(answer, np.ndarray):
        answer = (answer + 0.0).tolist()
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def noncomp(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

def bn_forward_backward(x, gamma, beta, g, eps):
    x = np.asarray(x, float)
    mu = x.mean()
    var = x.var()  # biased
    xhat = (x - mu) / np.sqrt(var + eps)
    y = gamma * xhat + beta
    dgamma = np.sum(g * xhat)
    dbeta = np.sum(g)
    dxhat = g * gamma
    dx = (dxhat - dxhat.mean() - xhat * np.mean(dxhat * xhat)) / np.sqrt(var + eps)
    return mu, var, y, dgamma, dbeta, dx


# ---------------- Problem 1 ----------------
x = np.array([3, 7, 1, 5], float)
g = np.array([1, 0, -1, 2], float)
mu, var, y, dgam, dbet, dx = bn_forward_backward(x, 2.0, -1.0, g, 0.0)
# finite-difference check of dx
L = lambda xx: np.sum(g * bn_forward_backward(xx, 2.0, -1.0, g, 0.0)[2])
num = np.array([(L(x + 1e-6 * e) - L(x - 1e-6 * e)) / 2e-6 for e in np.eye(4)])
assert np.allclose(num, dx, atol=1e-5)
comp("1a", "batch norm statistics", "vector", [mu, var], tol=1e-3)
comp("1b", "batch norm output", "vector", y, tol=1e-3)
comp("1c", "batch norm parameter gradients", "vector", [dgam, dbet], tol=1e-3)
comp("1d", "batch norm input gradient", "vector", dx, tol=1e-3)
_, _, y1, _, _, dx1 = bn_forward_backward([6.0], 2.0, -1.0, np.array([3.0]), 1e-5)
comp("1e.i", "batch norm single example output", "real", float(y1[0]), tol=1e-3)
comp("1e.ii", "batch norm single example gradient", "real", float(dx1[0]), tol=1e-3)
f = np.array([2, 4, 4, 6], float)
comp("1f", "layer norm output", "vector", (f - f.mean()) / f.std(), tol=1e-3)
comp("1g", "normalization parameter counts", "vector", [2 * 64, 2 * 512])
noncomp("1h", "explain in words")

# ---------------- Problem 2 ----------------
h = np.array([0.5, 2.0, -1.0, 3.0])
q = 1 - 0.2
m = np.array([1, 0, 1, 1], float)
comp("2a", "inverted dropout training output", "vector", h * m / q, tol=1e-3)
comp("2b", "classic dropout test output", "vector", h * q, tol=1e-3)
comp("2c", "inverted dropout variance", "real", h[3] ** 2 * (1 - q) / q, tol=1e-3)
comp("2d", "dropout test-time scaling", "boolean", False)

# ---------------- Problem 3 ----------------
emb = 10000 * 256
def lstm_params(inp, hid, layers, gates=4, bidir=False):
    dirs = 2 if bidir else 1
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid * dirs
        total += dirs * gates * (hid * i + hid * hid + 2 * hid)
    return total
lstm = lstm_params(256, 512, 2)
gru = lstm_params(256, 128, 1, gates=3, bidir=True)
head = 512 * 10000 + 10000
E = 256
mha = 3 * E * E + 3 * E + E * E + E
comp("3a", "embedding parameter count", "integer", emb)
comp("3b", "LSTM parameter count", "integer", lstm)
comp("3c", "GRU parameter count", "integer", gru)
comp("3d", "linear parameter count", "integer", head)
comp("3e", "multi-head attention parameter count", "integer", mha)
sizes = {"A": emb, "B": lstm, "C": head}
assert emb != head
comp("3f", "largest module", "choice", max(sizes, key=sizes.get))

# ---------------- Problem 4 ----------------
Q = np.array([[1, 0], [1, 1]], float)
K = np.array([[1, 2], [0, 1], [-1, 1]], float)
V = np.array([[2, 0], [0, 4], [1, -2]], float)
S = Q @ K.T / np.sqrt(2)
W = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)
comp("4a", "scaled attention scores", "matrix", S, tol=1e-3)
comp("4b", "attention weights", "matrix", W, tol=1e-3)
comp("4c", "attention output", "matrix", W @ V, tol=1e-3)
s0 = S[0].copy(); s0[2] = -np.inf
w0 = np.exp(s0) / np.exp(s0).sum()
comp("4d", "masked attention weights", "vector", w0, tol=1e-3)
noncomp("4e", "explain briefly")

doc = {"set": "norm-seq-problemenv", "source": "problems.tex", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
