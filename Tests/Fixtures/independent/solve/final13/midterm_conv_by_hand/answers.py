#!/usr/bin/env python3
"""Recompute every answer of midterm_conv_by_hand/problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def L(a):
    return np.asarray(a).tolist()


def corr1(x, w, s=1, p=0, d=1):
    x = np.pad(np.asarray(x, float), p)
    k = len(w)
    span = d * (k - 1) + 1
    n = (len(x) - span) // s + 1
    return np.array([sum(w[t] * x[i * s + t * d] for t in range(k)) for i in range(n)])


def corr2(X, K, s=1, p=0):
    X = np.pad(np.asarray(X, float), p)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // s + 1
    ow = (X.shape[1] - kw) // s + 1
    return np.array([[np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K) for j in range(ow)]
                     for i in range(oh)])


def tconv2(Z, W, s):
    kh, kw = W.shape
    out = np.zeros(((Z.shape[0] - 1) * s + kh, (Z.shape[1] - 1) * s + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i * s:i * s + kh, j * s:j * s + kw] += Z[i, j] * W
    return out


def tconv1(z, w, s):
    out = np.zeros((len(z) - 1) * s + len(w))
    for i, v in enumerate(z):
        out[i * s:i * s + len(w)] += v * np.asarray(w, float)
    return out


def pool(M, k, s, f):
    n = (M.shape[0] - k) // s + 1
    m = (M.shape[1] - k) // s + 1
    return np.array([[f(M[i * s:i * s + k, j * s:j * s + k]) for j in range(m)] for i in range(n)])


def ints(a):
    a = np.asarray(a)
    return L(np.round(a).astype(int)) if np.allclose(a, np.round(a)) else L(np.round(a, 4))


# ---------------- Question 1 ----------------
x = np.array([3, 1, -2, 0, 4, 2])
w = np.array([1, -1, 2])
add("1a", "1D cross-correlation", "vector", ints(corr1(x, w)))
add("1b", "1D cross-correlation (stride, padding)", "vector", ints(corr1(x, w, s=2, p=1)))
add("1c", "1D true convolution (flipped)", "vector", ints(corr1(x, w[::-1])))
add("1d", "1D cross-correlation (dilation)", "vector", ints(corr1(x, w, d=2)))

# ---------------- Question 2 ----------------
X = np.array([[1, 0, 2, 1, 0], [0, 1, 3, 1, 2], [2, 1, 0, 0, 1], [1, 3, 1, 2, 0], [0, 2, 1, 1, 3]])
K = np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]])
Y = corr2(X, K)
add("2a", "2D cross-correlation", "matrix", ints(Y))
add("2b", "2D cross-correlation (stride)", "matrix", ints(corr2(X, K, s=2)))
add("2c", "2D cross-correlation (stride, padding)", "matrix", ints(corr2(X, K, s=2, p=1)))
add("2d", "ReLU then max pooling", "matrix", ints(pool(np.maximum(Y, 0), 2, 1, np.max)))
add("2e.i", "global average pooling", "real", round(float(Y.mean()), 4), tolerance=0.001)
add("2e.ii", "global max pooling", "integer", int(Y.max()))

# ---------------- Question 3 ----------------
Z = np.array([[1, 2], [3, -1]])
W = np.array([[1, 2], [0, -1]])
add("3a", "2D transposed convolution", "matrix", ints(tconv2(Z, W, 1)))
add("3b", "2D transposed convolution (stride 2)", "matrix", ints(tconv2(Z, W, 2)))
add("3c", "1D transposed convolution (stride 2)", "vector", ints(tconv1([2, -1, 3], [1, 2, 1], 2)))
nc("3d", "explain in words")

# ---------------- Question 4 ----------------
x4 = np.array([1, 2, 0, -1, 3])
y4 = np.array([0, 3, 4])
A = np.array([x4[i:i + 3] for i in range(3)], float)
w4 = np.linalg.solve(A, y4)
assert np.allclose(corr1(x4, w4), y4)
add("4a", "recover 1D filter", "vector", ints(w4))
X2 = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1]])
Y2 = np.array([[1, 8], [1, 0]])
A2 = np.array([X2[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)], float)
assert np.linalg.matrix_rank(A2) == 4
K2 = np.linalg.solve(A2, Y2.ravel()).reshape(2, 2)
assert np.allclose(corr2(X2, K2), Y2)
add("4b", "recover 2D filter", "matrix", ints(K2))
nc("4c", "prove / explain")

# ---------------- Question 5 ----------------
M = np.array([[1, 5, 2, 0], [3, 2, 8, 1], [0, 1, 4, 4], [6, 2, 3, 7]])
opts_max = {"A": [[3, 8], [6, 7]], "B": [[5, 8], [4, 7]], "C": [[5, 8], [6, 7]],
            "D": [[2.75, 2.75], [2.25, 4.5]]}
opts_avg = {"A": [[2.5, 2.75], [2.25, 4.5]], "B": [[2.75, 2.75], [2.25, 4.5]],
            "C": [[5, 8], [6, 7]], "D": [[2.75, 2.75], [4.5, 2.25]]}


def pick(opts, val):
    hits = [k for k, v in opts.items() if np.allclose(v, val)]
    assert len(hits) == 1
    return hits[0]


add("5a", "max pooling (multiple choice)", "choice", pick(opts_max, pool(M, 2, 2, np.max)))
add("5b", "average pooling (multiple choice)", "choice", pick(opts_avg, pool(M, 2, 2, np.mean)))
add("5c", "correlation vs convolution (true/false)", "boolean",
    bool(np.allclose(corr2(X, K), corr2(X, K[::-1, ::-1]))))
same = all((n + 2 * 1 - 3) // 1 + 1 == n for n in range(3, 1025))
add("5d", "conv output shape (true/false)", "boolean", bool(same))


class _Dumper(yaml.SafeDumper):
    pass


class _Block(list):
    pass


_Dumper.add_representer(list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(_Block, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=False))

out = {"set": "midterm_conv_by_hand", "source": "problems.tex", "parts": _Block(parts)}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=200)
print(open(os.path.join(HERE, "expected.yaml")).read())
