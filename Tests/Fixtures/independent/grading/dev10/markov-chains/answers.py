import numpy as np
from fractions import Fraction as F
P = np.array([[0.8, 0.2], [0.4, 0.6]])
print("4.1a", (P @ P)[0, 1])
ev, evec = np.linalg.eig(P.T)
pi = np.real(evec[:, np.argmin(abs(ev - 1))]); pi /= pi.sum()
print("4.1b", pi)
print("4.1c", np.array([0.5, 0.5]) @ P)
p, q = F(3, 5), F(2, 5)
r = q / p
print("4.2a.i", (1 - r) / (1 - r**3), float((1 - r) / (1 - r**3)))
Q = np.array([[0, 0.6], [0.4, 0]])
N = np.linalg.inv(np.eye(2) - Q)
print("4.2a.ii", N[0].sum())
print("4.2b", N)
print("4.3", 2)

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
check("4.1a", (P @ P)[0, 1]); check("4.1b", pi); check("4.1c", np.array([0.5, 0.5]) @ P)
check("4.2a.i", float((1 - r) / (1 - r**3))); check("4.2a.ii", N[0].sum()); check("4.2b", N); check("4.3", 2)
