"""Compute the answers of models-txt/problems.txt and write expected.yaml."""
import math
import os
import numpy as np
import yaml

parts = []


class Dumper(yaml.SafeDumper):
    pass


def _seq(dumper, v):
    flow = not any(isinstance(x, dict) for x in v)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=flow)


Dumper.add_representer(list, _seq)


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



def r4(a):
    return [round(float(v), 4) + 0.0 for v in np.ravel(a)]


def r4m(a):
    return [[round(float(v), 4) + 0.0 for v in row] for row in np.asarray(a)]


def conv_params(cin, cout, k, groups=1, bias=True):
    return (cin // groups) * k * k * cout + (cout if bias else 0)


# Problem 1: least squares and ridge
t = np.array([0, 1, 2, 3], dtype=float)
y = np.array([1, 2, 2, 4], dtype=float)
X = np.stack([np.ones_like(t), t], axis=1)
w_ols = np.linalg.solve(X.T @ X, X.T @ y)
add("1a", "least squares", "vector", r4(w_ols), tolerance=0.001)
w_ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
add("1b", "ridge regression", "vector", r4(w_ridge), tolerance=0.001)
add("1c", "training MSE", "real", round(float(np.mean((X @ w_ols - y) ** 2)), 4), tolerance=0.001)
skip("1d", "prove")

# Problem 2: normalization layers
v = np.array([1, 2, 3, 6], dtype=float)
add("2a", "layer norm forward", "vector", r4((v - v.mean()) / np.sqrt(v.var())), tolerance=0.001)
add("2b", "layer norm parameter count", "integer", 2 * 256)
add("2c", "batch norm parameter count", "integer", 2 * 64)
ch = np.array([[1, 3], [5, 7]], dtype=float)
add("2d", "instance norm forward", "matrix", r4m((ch - ch.mean()) / np.sqrt(ch.var())), tolerance=0.001)


def bn1(x, eps=1e-5):
    xs = np.array([x])
    return ((xs - xs.mean()) / np.sqrt(xs.var() + eps))[0]


deriv = (bn1(2.0 + 1e-6) - bn1(2.0 - 1e-6)) / 2e-6
add("2e", "batch norm gradient single example", "real", round(float(deriv), 4) + 0.0, tolerance=0.001)

# Problem 3: VGG-style network, 3x64x64
convs = [(3, 32), (32, 32), (32, 64), (64, 64)]
conv_total = sum(conv_params(a, b, 3) for a, b in convs)
add("3a", "conv parameter count", "integer", conv_total)
side = 64 // 2 // 2
flat = 64 * side * side
add("3b", "flatten size", "integer", flat)
total = conv_total + (flat * 256 + 256) + (256 * 10 + 10)
add("3c", "whole-model parameter count", "integer", total)
r, j = 1, 1
for k, s in [(3, 1), (3, 1), (2, 2), (3, 1), (3, 1), (2, 2)]:
    r += (k - 1) * j
    j *= s
add("3d", "receptive field", "integer", r)
add("3e", "conv MACs", "integer", 64 * 64 * 32 * 3 * 3 * 3)
add("3f", "grouped conv parameter count", "integer",
    conv_params(32, 64, 3, groups=4) + conv_params(64, 64, 3, groups=4))

# Problem 4: global average pooling over a channel table
F = np.array([[1, 3, 5, 7], [0, 0, 4, 0], [-2, 2, -2, 2], [6, 6, 6, 10]], dtype=float)
gap = F.mean(axis=1)
add("4a", "global average pooling", "vector", r4(gap), tolerance=0.001)
wc = np.array([0.5, -1, 2, 0.25])
score = float(wc @ gap)
add("4b", "linear score on pooled features", "real", round(score, 4), tolerance=0.001)
cam = float(np.mean(wc @ F))
add("4c", "class activation map equivalence", "boolean", bool(np.isclose(cam, score)))
add("4d", "global max pooling", "vector", r4(F.max(axis=1)), tolerance=0.001)

out = {"set": "models-txt", "source": "problems.txt", "parts": parts}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False)
