"""Expected answers for linreg-efficiency-txt. Run: python3 answers.py  (writes expected.yaml)."""
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




def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def noncomp(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


# ---------------- Exercise 4.1 ----------------
t = np.array([0, 1, 2, 4], float)
y = np.array([1, 2, 2, 5], float)
X = np.column_stack([np.ones_like(t), t])
w_ols = np.linalg.solve(X.T @ X, X.T @ y)
comp("4.1a", "least squares closed form", "vector", w_ols, tol=1e-3)
comp("4.1b", "training mean squared error", "real", np.mean((X @ w_ols - y) ** 2), tol=1e-3)
lam = 2.0
w_r = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ y)
comp("4.1c", "ridge regression closed form", "vector", w_r, tol=1e-3)
comp("4.1d", "ridge prediction", "real", w_r @ np.array([1.0, 3.0]), tol=1e-3)
noncomp("4.1e", "ambiguous: biased (divide by 4) vs unbiased (divide by 3) variance is not specified")
noncomp("4.1f", "proof")

# ---------------- Exercise 4.2 ----------------
Cin, Cout, k, HW = 64, 128, 3, 28
std = Cin * Cout * k * k + Cout
dws = (Cin * k * k + Cin) + (Cin * Cout + Cout)
grp = (Cin // 4) * Cout * k * k + Cout
mac_std = HW * HW * Cout * Cin * k * k
mac_dws = HW * HW * (Cin * k * k + Cin * Cout)
comp("4.2a", "conv parameter count", "integer", std)
comp("4.2b", "depthwise separable parameter count", "integer", dws)
comp("4.2c", "grouped conv parameter count", "integer", grp)
comp("4.2d", "conv MACs", "integer", mac_std)
comp("4.2e", "depthwise separable MACs", "integer", mac_dws)
comp("4.2f", "MAC ratio", "real", mac_dws / mac_std, tol=1e-3)
comp("4.2g", "linear layer FLOPs", "integer", 2 * 32 * 1024 * 256)

# ---------------- Exercise 4.3 ----------------
def trunk(n):
    n = conv_out(n, 7, 2, 3)
    n2 = conv_out(n, 3, 2, 1)
    n3 = conv_out(n2, 3, 1, 1)
    n4 = conv_out(n3, 3, 2, 1)
    return n2, n4
n2, n4 = trunk(96)
comp("4.3a", "pool output shape", "shape", [32, n2, n2], layout="CHW")
comp("4.3b", "conv output shape", "shape", [64, n4, n4], layout="CHW")
r, j = 1, 1
for kk, s in [(7, 2), (3, 2), (3, 1), (3, 2)]:
    r += (kk - 1) * j
    j *= s
comp("4.3c", "receptive field", "integer", r)
params = (1 * 32 * 49 + 32) + (32 * 64 * 9 + 64) + (64 * 64 * 9 + 64) + (64 * 10 + 10)
comp("4.3d", "network parameter count", "integer", params)
_, n4b = trunk(100)
comp("4.3e", "conv output shape", "shape", [64, n4b, n4b], layout="CHW")

# ---------------- Exercise 4.4 ----------------
comp("4.4a", "1x1 conv parameter count", "boolean", 256 * 64 + 64 == 16448)
rf_two = 1 + 2 + 2
comp("4.4b", "receptive field", "boolean", rf_two == 5)
comp("4.4c", "max pool output shape", "boolean", conv_out(7, 2, 2) == 4)
noncomp("4.4d", "discuss in words")

doc = {"set": "linreg-efficiency-txt", "source": "problems.txt", "parts": parts}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
