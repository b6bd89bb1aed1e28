"""Answers for s4-course-page-md (COMP 3320 HW5). Run: python3 answers.py -> expected.yaml"""
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
# Problem 1 -- least squares / ridge, no intercept
X = np.array([[1, 0], [0, 1], [1, 1], [2, 1]], float)
y = np.array([2, 1, 4, 5], float)
w_ls = np.linalg.solve(X.T @ X, X.T @ y)
comp("1a", "least squares (normal equations)", "vector", w_ls, tol=0.001)
comp("1b", "training MSE of least squares fit", "real", np.mean((X @ w_ls - y) ** 2), tol=0.001)
lam = 2.0
w_r = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ y)
comp("1c", "ridge regression closed form", "vector", w_r, tol=0.001)
comp("1d", "ridge prediction", "real", np.array([3, -1.0]) @ w_r, tol=0.001)
comp("1e", "ridge vs least-squares norm (true/false)", "boolean",
     bool(np.linalg.norm(w_r) < np.linalg.norm(w_ls)))
noncomp("1f", "prove a general statement")

# Problem 2 -- attention
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 1], [0, 1], [1, -1]], float)
V = np.array([[1, 0], [0, 2], [1, 1]], float)
dk = 2


def row_softmax(S):
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


S = Q @ K.T / np.sqrt(dk)
A = row_softmax(S)
comp("2a", "scaled attention scores", "matrix", S, tol=0.001)
comp("2b", "attention weights (row softmax)", "matrix", A, tol=0.001)
comp("2c", "attention output", "matrix", A @ V, tol=0.001)
mask = np.triu(np.ones((3, 3), bool), k=1)      # j > i is masked
Sm = np.where(mask, -np.inf, S)
comp("2d", "causal attention output", "matrix", row_softmax(Sm) @ V, tol=0.001)
comp("2e", "largest attention weight (multiple choice)", "choice", "ABC"[int(np.argmax(A[2]))])
Ed = 64
comp("2f", "multi-head attention parameter count (no bias)", "integer", 3 * Ed * Ed + Ed * Ed)

# Problem 3 -- convolutions
def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


ha = conv_out(28, 5, s=1, p=(5 - 1) // 2)      # 'same' with stride 1 and odd kernel: pad (k-1)/2
comp("3a", "conv output shape ('same' padding)", "shape", [32, ha, ha], layout="CHW")
macs = 32 * 28 * 28 * (1 * 5 * 5)
comp("3b", "conv MACs", "integer", macs)
comp("3c", "conv FLOPs", "integer", 2 * macs)


def rf(layers):
    r, j = 1, 1
    for k, s in layers:
        r += (k - 1) * j
        j *= s
    return r


comp("3d", "receptive field (stacked 3x3)", "integer", rf([(3, 1)] * 3))
comp("3e", "receptive field with strides", "integer", rf([(3, 2), (3, 2), (3, 1)]))
hf = conv_out(28, 3, d=3)
comp("3f", "conv output shape (dilation)", "shape", [8, hf, hf], layout="CHW")
F = np.array([[[1, 3, 2], [0, 4, 2]], [[-1, 0, 5], [2, 2, -2]]], float)
comp("3g", "global average pooling", "vector", F.mean(axis=(1, 2)), tol=0.001)
xs = np.array([3, 1, -2, 0.]); ws = np.array([1, 2, -1.])
corr = np.correlate(xs, ws, "valid"); conv = np.convolve(xs, ws, "valid")
assert not np.allclose(corr, conv)   # the two conventions disagree here
noncomp("3h", f"ambiguous: the page never says whether 'convolve' flips the kernel; "
              f"cross-correlation gives {corr.astype(int).tolist()}, true convolution {conv.astype(int).tolist()}")

# Problem 4 -- warm-up + cosine schedule
T, Tw, emax, emin = 10500, 500, 1e-3, 1e-5


def lr(t):
    if t <= Tw:
        return emax * t / Tw
    return emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * (t - Tw) / (T - Tw)))


comp("4a", "learning-rate schedule (warm-up)", "real", lr(200), tol=1e-7, nd=8)
comp("4b", "learning-rate schedule (cosine decay)", "real", lr(8000), tol=1e-6, nd=8)

write("s4-course-page-md", "problems.md")
