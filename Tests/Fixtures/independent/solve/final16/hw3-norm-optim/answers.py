"""Expected answers for hw3-norm-optim (computed, not typed)."""
import math
import numpy as np
import yaml

parts = []
R = 4  # decimals


def clean(a):
    a = np.asarray(a, dtype=float)
    r = np.round(a, R) + 0.0
    return r.tolist() if r.ndim else float(r)


def add(pid, family=None, kind=None, answer=None, tol=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


# ---------------- Exercise 3.1 ----------------
x = np.array([1, 3, 5, 11], float)
gamma, beta, eps = 2.0, 0.5, 0.0


def bn_forward(x, gamma, beta, eps):
    mu = x.mean()
    var = ((x - mu) ** 2).mean()
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, xhat, mu, var


y, xhat, mu, var = bn_forward(x, gamma, beta, eps)
add("3.1a", "batch norm mean", "real", clean(mu), tol=0.001)
add("3.1b", "batch norm variance (biased)", "real", clean(var), tol=0.001)
add("3.1c", "batch norm output", "vector", clean(y), tol=0.001)

g = np.array([1, 0, -1, 2], float)
dx = gamma / np.sqrt(var + eps) * (g - g.mean() - xhat * (g * xhat).mean())
# finite-difference check
num = np.zeros(4)
for i in range(4):
    e = np.zeros(4); e[i] = 1e-6
    num[i] = (g @ bn_forward(x + e, gamma, beta, eps)[0] - g @ bn_forward(x - e, gamma, beta, eps)[0]) / 2e-6
assert np.allclose(num, dx, atol=1e-5)
add("3.1d", "batch norm input gradient", "vector", clean(dx), tol=0.001)
add("3.1e", "batch norm gamma/beta gradients", "vector", clean([g @ xhat, g.sum()]), tol=0.001)

x1 = np.array([7.0])
y1, xh1, _, _ = bn_forward(x1, gamma, beta, 1e-5)
add("3.1f", "batch norm single example output", "real", clean(y1[0]), tol=0.001)
g1 = np.array([3.7])  # arbitrary upstream gradient
dx1 = gamma / np.sqrt(0 + 1e-5) * (g1 - g1.mean() - xh1 * (g1 * xh1).mean())
add("3.1g", "batch norm single example gradient", "real", clean(dx1[0]), tol=0.001)

# ---------------- Exercise 3.2 ----------------
h = np.array([2, -2, 4, 0], float)
ln = (h - h.mean()) / np.sqrt(((h - h.mean()) ** 2).mean())
add("3.2a", "layer norm output", "vector", clean(ln), tol=0.001)
add("3.2b", why="explain in words")

# ---------------- Exercise 3.3 ----------------
a = np.array([2.0, 0.5, -1.0, 4.0])
p = 0.25
m = np.array([1, 0, 1, 1], float)
add("3.3a", "inverted dropout training output", "vector", clean(a * m / (1 - p)), tol=0.001)
add("3.3b", "inverted dropout test output", "vector", clean(a), tol=0.001)
add("3.3c", "classic dropout test output", "vector", clean(a * (1 - p)), tol=0.001)
# expectation / variance over keep ~ Bernoulli(1-p)
vals = np.array([0.0, 1.0 / (1 - p)])
probs = np.array([p, 1 - p])
add("3.3d", "dropout expectation", "real", clean(a[3] * (vals @ probs)), tol=0.001)
e1 = a[0] * (vals @ probs)
add("3.3e", "dropout variance", "real", clean((probs @ (a[0] * vals) ** 2) - e1 ** 2), tol=0.001)

# ---------------- Exercise 3.4 ----------------
D = np.array([1.0, 10.0])
grad = lambda w: D * w
w0 = np.array([1.0, 1.0])
eta = 0.1

add("3.4a", "SGD step", "vector", clean(w0 - eta * grad(w0)), tol=0.001)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("3.4b", "SGD momentum steps", "vector", clean(w), tol=0.001)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v - eta * grad(w + 0.9 * v)
    w = w + v
add("3.4c", "Nesterov momentum steps", "vector", clean(w), tol=0.001)


def adam(w, steps, wd=0.0, b1=0.9, b2=0.999, eps=1e-8):
    m = np.zeros_like(w); v = np.zeros_like(w)
    for t in range(1, steps + 1):
        gr = grad(w)
        m = b1 * m + (1 - b1) * gr
        v = b2 * v + (1 - b2) * gr ** 2
        mh = m / (1 - b1 ** t)
        vh = v / (1 - b2 ** t)
        w = w - eta * wd * w - eta * mh / (np.sqrt(vh) + eps)
    return w


add("3.4d", "Adam steps", "vector", clean(adam(w0.copy(), 2)), tol=0.001)
lam = 0.01
add("3.4e", "SGD with L2 weight decay", "vector", clean(w0 - eta * (grad(w0) + lam * w0)), tol=0.001)
add("3.4f", "AdamW step", "vector", clean(adam(w0.copy(), 1, wd=lam)), tol=0.001)
add("3.4g", "cosine learning-rate schedule", "real", clean(0.1 / 2 * (1 + math.cos(math.pi * 25 / 100))), tol=0.0001)
add("3.4h", why="explain in words")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "hw3-norm-optim", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None)
