import numpy as np
B, n, d_model, h = 4, 20, 512, 8
d_k = d_model // h
print("1a", (B, h, n, d_k))
print("1b", (B, h, n, n))
print("1c", 4 * (d_model * d_model + d_model))
q = np.array([1, 1, 0, 0.])
K = np.array([[1, 0, 1, 0], [2, 0, 0, 0], [0, 0, 0, 1.]])
V = np.array([[1, 0], [0, 1], [2, 2.]])
s = K @ q / np.sqrt(4)
w = np.exp(s) / np.exp(s).sum()
print("2a", s)
print("2b", w, np.round(w, 3))
print("2c", w @ V, np.round(w @ V, 3))
d_ff = 2048
print("3a", d_model * d_ff + d_ff + d_ff * d_model + d_model)
print("3b", "false")

# ---- check the key against the values computed above
import os, yaml
from fractions import Fraction
KEY = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]


def num(v):
    return float(Fraction(v)) if isinstance(v, str) else v


def check(pid, computed):
    k = {str(a): b for a, b in KEY.items()}[pid]
    if "shape" in k:
        assert list(k["shape"]) == list(computed), (pid, k, computed)
    elif "text" in k or "choice" in k:
        assert str(k.get("text", k.get("choice"))) == str(computed), (pid, k, computed)
    else:
        want = np.array(k["answer"], dtype=object)
        want = np.vectorize(num, otypes=[float])(want)
        got = np.array(computed, dtype=float)
        tol = k.get("tolerance", 1e-9)
        assert want.shape == got.shape and np.all(np.abs(want - got) <= tol * 0.5 + 1e-9), (pid, want, got)
    print("key ok", pid)
check("1a", (B, h, n, d_k)); check("1b", (B, h, n, n)); check("1c", 4 * (d_model * d_model + d_model))
check("2a", s); check("2b", w); check("2c", w @ V)
check("3a", d_model * d_ff + d_ff + d_ff * d_model + d_model); check("3b", "false")
