"""Labels for hw6-optim-regression-attn (problems.txt). Run: python3 answers.py -> expected.yaml"""
import numpy as np

# ---------------------------------------------------------------- YAML writer
import os


def _num(x, nd=None):
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    x = float(x)
    if nd is not None:
        x = round(x, nd)
    if x == 0:
        x = 0.0
    if nd is None:
        s = repr(x)
    else:
        s = f"{x:.{nd}f}"
    if "e" in s or "E" in s:
        s = f"{x:.12f}"
    if "." in s:
        s = s.rstrip("0")
        if s.endswith("."):
            s += "0"
    return s


def _val(v, nd=None):
    if isinstance(v, str):
        return v
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_val(e, nd) for e in v) + "]"
    return _num(v, nd)


def write_yaml(setname, source, parts, path="expected.yaml"):
    seen = set()
    lines = [f"set: {setname}", f"source: {source}", "parts:"]
    for p in parts:
        pid = p["id"]
        assert pid not in seen, pid
        seen.add(pid)
        q = f'"{pid}"' if pid.replace(".", "").isdigit() else pid
        lines.append(f"  - id: {q}")
        if not p["computable"]:
            lines.append("    computable: false")
            why = p["why"].replace('"', "'")
            lines.append(f'    why: "{why}"')
            continue
        lines.append("    computable: true")
        lines.append(f"    family: {p['family']}")
        lines.append(f"    answer_kind: {p['kind']}")
        nd = p.get("nd")
        lines.append(f"    answer: {_val(p['answer'], nd)}")
        if "layout" in p:
            lines.append(f"    layout: {p['layout']}")
        if nd is not None:
            lines.append(f"    tolerance: {_num(p.get('tol', 10.0 ** (1 - nd)))}")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, path), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


parts = []
P = parts.append

# ---------------------------------------------------------------- Q1 optimizers
def grad(w):
    return np.array([w[0], 10.0 * w[1]])


w0 = np.array([1.0, 1.0])
eta = 0.1
P(dict(id="1a", computable=True, family="SGD step", kind="vector", answer=w0 - eta * grad(w0), nd=6, tol=1e-4))

mu = 0.9
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
P(dict(id="1b", computable=True, family="SGD with momentum (2 steps)", kind="vector", answer=w, nd=6, tol=1e-4))

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v - eta * grad(w + mu * v)
    w = w + v
P(dict(id="1c", computable=True, family="Nesterov momentum (2 steps)", kind="vector", answer=w, nd=6, tol=1e-4))

lam = 0.01
P(dict(id="1d", computable=True, family="SGD with L2 weight decay", kind="vector",
       answer=w0 - eta * (grad(w0) + lam * w0), nd=6, tol=1e-5))

lr, b1, b2, eps = 0.001, 0.9, 0.999, 1e-8
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in (1,):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mhat = m / (1 - b1 ** t)
    shat = s / (1 - b2 ** t)
    w = w - lr * mhat / (np.sqrt(shat) + eps)
    adam.append(w.copy())
P(dict(id="1e", computable=True, family="Adam step", kind="vector", answer=adam[0], nd=7, tol=1e-6))
P(dict(id="1f", computable=False,
       why="ambiguous: momentum convention not fixed for this part (v = mu v + g, w -= eta v  vs  v = mu v - eta g, w += v) and v0 != 0 makes them differ"))
P(dict(id="1g", computable=False, why="explain in words (momentum on ill-conditioned quadratic)"))

# ---------------------------------------------------------------- Q2 schedules
epoch = 25
P(dict(id="2a", computable=True, family="step decay learning rate", kind="real",
       answer=0.1 * 0.5 ** (epoch // 10), nd=6, tol=1e-6))
emax, emin, T, t = 0.1, 0.001, 100, 25
P(dict(id="2b", computable=True, family="cosine annealing learning rate", kind="real",
       answer=emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), nd=6, tol=1e-5))

# ---------------------------------------------------------------- Q3 regression
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(xs), xs])
wls = np.linalg.solve(X.T @ X, X.T @ ys)
P(dict(id="3a", computable=True, family="least squares fit", kind="vector", answer=wls, nd=4))
P(dict(id="3b", computable=True, family="least squares prediction", kind="real",
       answer=wls @ np.array([1.0, 5.0]), nd=4))
P(dict(id="3c", computable=True, family="residual sum of squares", kind="real",
       answer=np.sum((ys - X @ wls) ** 2), nd=4))
wr = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
P(dict(id="3d", computable=True, family="ridge regression closed form", kind="vector", answer=wr, nd=4))
P(dict(id="3e", computable=False, why="prove/derive closed form"))

# ---------------------------------------------------------------- Q4 attention
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 0], [0, 2], [1, 1]], float)
V = np.array([[1, 2], [3, 0], [0, 1]], float)
dk = 2


def rsoftmax(S):
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


S = Q @ K.T / np.sqrt(dk)
A = rsoftmax(S)
P(dict(id="4a", computable=True, family="attention scores", kind="matrix", answer=S, nd=4))
P(dict(id="4b", computable=True, family="attention weights", kind="matrix", answer=A, nd=4))
P(dict(id="4c", computable=True, family="attention output", kind="matrix", answer=A @ V, nd=4))
Sm = np.where(np.tril(np.ones((3, 3))) > 0, S, -np.inf)
P(dict(id="4d", computable=True, family="causal attention weights", kind="matrix", answer=rsoftmax(Sm), nd=4))
A_uns = rsoftmax(Q @ K.T)
if np.allclose(A_uns[0], A[0]):
    ans = "C"
elif A_uns[0].max() > A[0].max():
    ans = "A"
else:
    ans = "B"
P(dict(id="4e", computable=True, family="attention temperature (multiple choice)", kind="choice", answer=ans))

write_yaml("hw6-optim-regression-attn", "problems.txt", parts)
