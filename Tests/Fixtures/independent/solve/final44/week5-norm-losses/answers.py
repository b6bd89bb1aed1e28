"""Labels for week5-norm-losses (problems.md). Run: python3 answers.py -> expected.yaml"""
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

# ---------------------------------------------------------------- 1. Batch norm
x = np.array([2, 4, 6, 8], float)
gamma, beta = 2.0, 1.0
mu = x.mean()
var = x.var()  # biased
sig = np.sqrt(var + 0.0)
xhat = (x - mu) / sig
y = gamma * xhat + beta
P(dict(id="1a", computable=True, family="batch norm normalized values", kind="vector", answer=xhat, nd=4))
P(dict(id="1b", computable=True, family="batch norm output", kind="vector", answer=y, nd=4))
g = np.array([1, 0, -1, 2], float)
dgamma = float(np.sum(g * xhat))
dbeta = float(np.sum(g))
P(dict(id="1c", computable=True, family="batch norm parameter gradients", kind="vector",
       answer=[dgamma, dbeta], nd=4))
m = len(x)
dxhat = g * gamma
dx = (1.0 / (m * sig)) * (m * dxhat - dxhat.sum() - xhat * np.sum(dxhat * xhat))
# finite-difference check of dx
def f_loss(xx):
    s = np.sqrt(xx.var())
    return float(np.sum(g * (gamma * (xx - xx.mean()) / s + beta)))
num = np.array([(f_loss(x + 1e-6 * e) - f_loss(x - 1e-6 * e)) / 2e-6 for e in np.eye(m)])
assert np.allclose(num, dx, atol=1e-5)
P(dict(id="1d", computable=True, family="batch norm input gradient", kind="vector", answer=dx, nd=4))
x1 = np.array([7.0])
y1 = gamma * (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-5) + beta
P(dict(id="1e", computable=True, family="batch norm, batch of one (training)", kind="real",
       answer=float(y1[0]), nd=4))
P(dict(id="1f", computable=True, family="batch norm inference (running stats)", kind="real",
       answer=gamma * (7 - 4) / np.sqrt(9 + 0.0) + beta, nd=4))
P(dict(id="1g", computable=False, why="explain in words (degenerate batch statistics)"))

# ---------------------------------------------------------------- 2. Layer norm
h = np.array([1, 2, 3, 6], float)
ln = lambda v: (v - v.mean()) / np.sqrt(v.var())
P(dict(id="2a", computable=True, family="layer norm output", kind="vector", answer=ln(h), nd=4))
P(dict(id="2b", computable=True, family="layer norm scale invariance", kind="boolean",
       answer=bool(np.allclose(ln(2 * h), ln(h)))))

# ---------------------------------------------------------------- 3. Dropout
a = np.array([1.0, 2.5, 0.0, 4.0])
mask = np.array([1, 0, 1, 1], float)
p_drop = 0.2
P(dict(id="3a", computable=True, family="inverted dropout (training)", kind="vector",
       answer=a * mask / (1 - p_drop), nd=4))
q = 0.8
P(dict(id="3b", computable=True, family="classic dropout (test-time scaling)", kind="real",
       answer=2.5 * q, nd=4))
P(dict(id="3c", computable=False,
       why="ambiguous: inverted vs non-inverted dropout (and whether p is the drop or keep probability) not fixed"))

# ---------------------------------------------------------------- 4. Activations
z = np.array([-2, 0, 1.5])
sigm = 1 / (1 + np.exp(-z))
P(dict(id="4a", computable=True, family="sigmoid", kind="vector", answer=sigm, nd=4))
P(dict(id="4b", computable=True, family="sigmoid derivative", kind="vector", answer=sigm * (1 - sigm), nd=4))


def softmax(v):
    v = np.asarray(v, float)
    e = np.exp(v - v.max())
    return e / e.sum()


s = np.array([2, 1, 0.1])
P(dict(id="4c", computable=True, family="softmax", kind="vector", answer=softmax(s), nd=4))
P(dict(id="4d", computable=True, family="softmax with temperature", kind="vector", answer=softmax(s / 2), nd=4))
opts = {"A": [4, 2, 0.2], "B": [3, 2, 1.1], "C": [1, 0.5, 0.05], "D": [-2, -1, -0.1]}
same = [k for k, v in opts.items() if np.allclose(softmax(v), softmax(s))]
assert len(same) == 1
P(dict(id="4e", computable=True, family="softmax shift invariance (multiple choice)", kind="choice",
       answer=same[0]))

# ---------------------------------------------------------------- 5. Losses
p = softmax(s)
yoh = np.array([1.0, 0.0, 0.0])
P(dict(id="5a", computable=True, family="cross-entropy loss", kind="real", answer=-np.log(p[0]), nd=4))
P(dict(id="5b", computable=True, family="cross-entropy gradient wrt logits", kind="vector", answer=p - yoh, nd=4))
yhat = np.array([0.5, 1.5, 2.0])
P(dict(id="5c", computable=True, family="mean squared error", kind="real",
       answer=np.mean((yhat - 1.0) ** 2), nd=4))
sc = np.array([2.0, 3.1, -0.5])
hinge = sum(max(0.0, sc[j] - sc[0] + 1.0) for j in range(3) if j != 0)
P(dict(id="5d", computable=True, family="multiclass hinge loss", kind="real", answer=hinge, nd=4))

# ---------------------------------------------------------------- 6. Tiny MLP
xv = np.array([1.0, -2.0])
W1 = np.array([[0.5, 1.0], [1.5, 0.5]])
b1 = np.array([0.0, 1.0])
w2 = np.array([2.0, -1.0])
b2, t = 0.5, 1.0
zz = W1 @ xv + b1
hh = np.maximum(zz, 0)
yh = w2 @ hh + b2
L = 0.5 * (yh - t) ** 2
P(dict(id="6a", computable=True, family="MLP forward (hidden activations)", kind="vector", answer=hh, nd=4))
P(dict(id="6b", computable=True, family="MLP forward (loss)", kind="real", answer=L, nd=4))
dy = yh - t
P(dict(id="6c", computable=True, family="backprop (output weights)", kind="vector", answer=dy * hh, nd=4))
dz = dy * w2 * (zz > 0)
P(dict(id="6d", computable=True, family="backprop (first-layer weights)", kind="matrix",
       answer=np.outer(dz, xv), nd=4))
P(dict(id="6e", computable=False, why="explain in words (dead ReLU unit)"))

write_yaml("week5-norm-losses", "problems.md", parts)
