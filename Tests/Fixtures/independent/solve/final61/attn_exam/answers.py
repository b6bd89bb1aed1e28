"""Recompute every numeric answer of attn_exam/problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a, n=4):
    a = np.asarray(a, dtype=float)
    return np.round(a, n).tolist()


def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def mha_params(E, kdim=None, vdim=None, bias=True):
    kdim = kdim or E
    vdim = vdim or E
    n = E * E + E * kdim + E * vdim + E * E  # q, k, v, out projections
    if bias:
        n += 3 * E + E  # in_proj_bias + out_proj.bias
    return n


# Problem 1
E, H, B, L = 512, 8, 32, 100
dk = E // H
add("1a", "attention head dimension", "integer", int(dk))
add("1b", "multi-head attention parameter count", "integer", int(mha_params(E)))
add("1c", "multi-head attention parameter count (no bias)", "integer", int(mha_params(E, bias=False)))
add("1d", "per-head query shape", "shape", [B, H, L, dk], layout="batch, heads, sequence, head dim")
add("1e", "attention weight shape", "shape", [B, H, L, L], layout="batch, heads, queries, keys")
# param count independent of head count
p8, p16 = mha_params(512), mha_params(512)
opts = {"A": 2 * p8, "B": p8 / 2, "C": p8, "D": 4 * p8}
add("1f", "multi-head attention parameter count vs heads", "choice",
    [k for k, v in opts.items() if v == p16][0])

# Problem 2
d, dff, V, P, nl = 512, 2048, 32000, 1024, 6
ffn = (d * dff + dff) + (dff * d + d)
ln2 = 2 * (2 * d)
layer = mha_params(d) + ffn + ln2
emb = V * d
pos = P * d
add("2a", "feed-forward parameter count", "integer", int(ffn))
add("2b", "layer norm parameter count", "integer", int(ln2))
add("2c", "transformer layer parameter count", "integer", int(layer))
add("2d", "embedding parameter count", "integer", int(emb))
add("2e", "positional embedding parameter count", "integer", int(pos))
add("2f", "transformer model parameter count", "integer", int(nl * layer + emb + pos))
nc("2g", "explain / discuss weight tying")

# Problem 3
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 1], [2, 0], [0, 2]], float)
Vm = np.array([[1, 0], [0, 2], [3, 1]], float)
s = np.array([2, 1, 0], float)
add("3a", "softmax", "vector", r(softmax(s)), 0.001)
add("3b", "scaled softmax", "vector", r(softmax(s / np.sqrt(4))), 0.001)
A = softmax(Q @ K.T / np.sqrt(2))
add("3c", "attention weights", "matrix", r(A), 0.001)
add("3d", "attention output", "matrix", r(A @ Vm), 0.001)
S = Q @ K.T / np.sqrt(2)
mask = np.tril(np.ones((3, 3), bool))
Am = softmax(np.where(mask, S, -np.inf))
add("3e.i", "causal attention weights", "matrix", r(Am), 0.001)
add("3e.ii", "causal attention output", "matrix", r(Am @ Vm), 0.001)
add("3f", "softmax rows sum to one", "boolean", bool(np.allclose(A.sum(1), 1)))

# Problem 4
n, dk4 = 100, 64
add("4a", "attention MACs", "integer", int(n * n * dk4))
nc("4b", "explain quadratic cost / name a method")

out = {"set": "attn_exam", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
