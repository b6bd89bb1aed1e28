"""Recompute every answer of week7-regression-attention and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r4(a):
    a = np.asarray(a, float)
    if a.ndim == 2:
        return [[round(float(v), 4) + 0.0 for v in row] for row in a]
    return [round(float(v), 4) + 0.0 for v in np.ravel(a)]


def softmax_rows(S):
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


# 1. Least squares and ridge
X = np.array([[0, 1], [1, 0], [2, 1], [1, 2], [3, 1]], float)
y = np.array([1, 2, 4, 3, 5], float)
Xa = np.c_[X, np.ones(len(X))]
wls = np.linalg.solve(Xa.T @ Xa, Xa.T @ y)      # (w1, w2, b)
add("1a", "least squares closed form", "vector", r4(wls), tol=0.001)
add("1b", "least squares training MSE", "real", round(float(np.mean((Xa @ wls - y) ** 2)), 4), tol=0.0001)
lam = 2.0
wr = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ y)
add("1c", "ridge closed form", "vector", r4(wr), tol=0.001)
add("1d", "ridge prediction", "real", round(float(wr @ np.array([2.0, 2.0])), 4), tol=0.001)
nc("1e", "prove")
nc("1f", "ambiguous: the sheet does not say whether the intercept is penalized by the ridge term "
         "(penalized and unpenalized intercepts give different w and b)")

# 2. Attention
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 0], [0, 1], [1, -1]], float)
V = np.array([[1, 2], [3, 0], [0, 1]], float)
dk = 2
S = Q @ K.T / np.sqrt(dk)
A = softmax_rows(S)
add("2a", "attention scores", "matrix", r4(S), tol=0.001)
add("2b", "attention weights (softmax)", "matrix", r4(A), tol=0.001)
add("2c", "attention output", "matrix", r4(A @ V), tol=0.001)
mask = np.tril(np.ones((3, 3), bool))
Am = softmax_rows(np.where(mask, S, -np.inf))
add("2d", "causal attention weights", "vector", r4(Am[1]), tol=0.001)
A_noscale = softmax_rows(Q @ K.T)
add("2e", "attention weights without scaling", "real", round(float(A_noscale[0].max()), 4), tol=0.001)
d = 512
add("2f", "multi-head attention parameter count", "integer", 4 * (d * d + d))
nc("2g", "explain in words")

# 3. Compute
add("3a", "matmul FLOPs", "integer", 2 * 128 * 768 * 3072)
add("3b", "linear layer MACs", "integer", 32 * 128 * 3072 * 768)
n, dh = 1024, 64
add("3c", "attention score FLOPs", "integer", 2 * n * n * dh)
add("3d", "attention cost scaling", "boolean", bool(2 * (2 * n) * (2 * n) * dh == 4 * (2 * n * n * dh)))

# 4. Quick checks
c1 = np.array([[1, 3], [5, 7]], float)
add("4a", "instance norm forward", "matrix", r4((c1 - c1.mean()) / np.sqrt(c1.var())), tol=0.001)
M = np.array([[1, 2, 0, 4], [3, 2, 1, 1], [0, 0, 5, 3], [2, 6, 1, 1]], float)
pooled = M.reshape(2, 2, 2, 2).mean(axis=(1, 3))
add("4b", "average pooling", "matrix", r4(pooled), tol=0.001)
lr = 0.05 * 0.1 ** (75 // 30)
add("4c", "step learning-rate schedule", "real", round(lr, 6), tol=0.00001)
rf = 1
for _ in range(3):
    rf += 2
add("4d", "receptive field (multiple choice)", "choice", {5: "A", 7: "B", 9: "C", 27: "D"}[rf])
z = np.array([2.0, -1.0]); t = np.array([1.0, 0.0])
bce = np.mean(np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z))))
add("4e", "binary cross-entropy with logits", "real", round(float(bce), 4), tol=0.001)

doc = {"set": "week7-regression-attention", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None)
