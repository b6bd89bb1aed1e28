"""Expected answers for clinical_nlp_md (CSE 5524 Problem Set 4). Run: python3 answers.py"""
import numpy as np
import yaml

parts = []


class FlowList(list):
    pass


yaml.SafeDumper.add_representer(
    FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def add(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    if kind in ("real", "vector", "matrix"):
        answer = (np.round(np.asarray(answer, dtype=float), 6) + 0.0).tolist()
    if isinstance(answer, list):
        answer = FlowList(FlowList(a) if isinstance(a, list) else a for a in answer)
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def softmax(v, axis=-1):
    v = np.asarray(v, float)
    e = np.exp(v - v.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---- Question 1
V_, d, H, F = 30000, 512, 8, 2048
add("1a", "embedding parameter count", "integer", V_ * d)
add("1b", "multi-head attention parameter count", "integer", 4 * d * d + 4 * d)
add("1c", "feed-forward (linear) parameter count", "integer", (d * F + F) + (F * d + d))
add("1d", "layer norm parameter count", "integer", 2 * d)
T, dh = 128, d // H
add("1e", "attention score MACs", "integer", T * T * dh)
opts = {"A": 64, "B": 512, "C": 8, "D": 4096}
add("1f", "head dimension (multiple choice)", "choice", [k for k, v in opts.items() if v == dh][0])

# ---- Question 2
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [0, 2], [1, 0]], float)
Vm = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ K.T
add("2a", "attention raw scores", "matrix", S)
A = softmax(S / np.sqrt(2), axis=1)
add("2b", "attention weights", "matrix", A, tol=0.001)
add("2c", "attention output", "matrix", A @ Vm, tol=0.001)
w1 = A[0]
best = np.flatnonzero(np.isclose(w1, w1.max()))
mc = {(0,): "A", (1,): "B", (2,): "C", (0, 2): "D"}[tuple(best)]
add("2d", "largest attention weight (multiple choice)", "choice", mc)
mask = np.array([True, True, False])        # query 2 sees keys 1..2
s2 = np.where(mask, S[1] / np.sqrt(2), -np.inf)
add("2e", "causal masked attention weights", "vector", softmax(s2), tol=0.001)

# ---- Question 3
h = np.array([1, 3, 5, 7], float)
add("3a", "layer norm forward", "vector", (h - h.mean()) / np.sqrt(h.var()), tol=0.001)
z = np.array([1, 2, 3], float)
p = softmax(z)
add("3b", "softmax", "vector", p, tol=0.001)
add("3c", "cross-entropy loss", "real", -np.log(p[2]), tol=0.001)
eps, Kc = 0.1, 3
t = (1 - eps) * np.eye(3)[2] + eps / Kc
add("3d", "label-smoothed cross-entropy", "real", -np.sum(t * np.log(p)), tol=0.001)
logit = 0.8
add("3e", "binary cross-entropy with logits", "real", -np.log(1 / (1 + np.exp(-logit))), tol=0.001)
s = np.array([2.5, 3.0, -0.5]); y = 0
add("3f", "multiclass hinge loss", "real", sum(max(0, s[j] - s[y] + 1) for j in range(3) if j != y), tol=0.001)
pred, true = np.array([0.5, 1.0]), np.array([0.0, 2.0])
add("3g", "mean squared error", "real", np.mean((pred - true) ** 2), tol=0.001)

# ---- Question 4
nc("4a", "ambiguous: the text does not say whether inverted dropout (kept units scaled by "
         "1/(1-p), giving (4, 0, 0, 16)) or classic dropout (no scaling in training, giving "
         "(2, 0, 0, 8)) is used")
keep = 0.8
hd = np.array([2, 4, 6, 8], float)
add("4b", "inverted dropout expectation", "vector", keep * hd / keep)
nc("4c", "discuss in words")

doc = {"set": "clinical_nlp_md", "source": "problems.md", "parts": parts}
with open("expected.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=False, width=200)
print(open("expected.yaml").read())
