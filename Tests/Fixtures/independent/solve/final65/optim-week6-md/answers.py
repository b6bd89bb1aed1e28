"""Recompute every numeric answer of problems.md and write expected.yaml."""
import math
import numpy as np
import yaml

parts = []
def add(pid, family, kind, ans, tol=None, **kw):
    if isinstance(ans, np.ndarray):
        ans = ans.tolist()
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": ans}
    if tol is not None:
        d["tolerance"] = tol
    d.update(kw)
    parts.append(d)
def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})
def r(x, n=4):
    return (np.round(np.asarray(x, dtype=float), n) + 0.0).tolist() if np.ndim(x) else round(float(x), n) + 0.0

# Problem 1
def grad(w):
    return np.array([2 * (w[0] - 1), 4 * w[1]])
eta = 0.1
w0 = np.array([3.0, -1.0])
add("1a", "gradient of quadratic", "vector", r(grad(w0)), 1e-4)
w = w0.copy()
sgd = []
for _ in range(2):
    w = w - eta * grad(w)
    sgd.append(w.copy())
add("1b", "SGD step", "vector", r(sgd[0]), 1e-4)
add("1c", "SGD step", "vector", r(sgd[1]), 1e-4)
beta = 0.9
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = beta * v + grad(w)
    w = w - eta * v
add("1d", "momentum SGD steps", "vector", r(w), 1e-4)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = beta * v - eta * grad(w + beta * v)
    w = w + v
add("1e", "Nesterov steps", "vector", r(w), 1e-4)
nc("1f", "explain in words")

# Problem 2
g = [0.2, -0.1]
th, s = 0.5, 0.0
rms = []
for gt in g:
    s = 0.9 * s + 0.1 * gt ** 2
    th = th - 0.01 * gt / (math.sqrt(s) + 1e-8)
    rms.append(th)
add("2a", "RMSProp step", "real", r(rms[0]), 1e-4)
add("2b", "RMSProp step", "real", r(rms[1], 6), 1e-6)
b1, b2, lr, eps = 0.9, 0.999, 0.001, 1e-8
th, m, vv = 0.5, 0.0, 0.0
adam = []
for t, gt in enumerate(g, 1):
    m = b1 * m + (1 - b1) * gt
    vv = b2 * vv + (1 - b2) * gt ** 2
    mh, vh = m / (1 - b1 ** t), vv / (1 - b2 ** t)
    th = th - lr * mh / (math.sqrt(vh) + eps)
    adam.append(th)
add("2c", "Adam step", "real", r(adam[0]), 1e-4)
add("2d", "Adam step", "real", r(adam[1], 6), 1e-6)
m1 = (1 - b1) * g[0]; v1 = (1 - b2) * g[0] ** 2
add("2e", "Adam step without bias correction", "real", r(0.5 - lr * m1 / (math.sqrt(v1) + eps)), 1e-4)
add("2f", "Adam first step magnitude", "boolean", True)

# Problem 3
w = np.array([1.0, -2.0]); gd = np.array([0.5, 0.5]); lam = 0.01
w_l2 = w - eta * (gd + lam * w)
add("3a", "SGD with L2 regularization", "vector", r(w_l2), 1e-4)
def adam_first_dir(gr):
    m = (1 - b1) * gr; v = (1 - b2) * gr ** 2
    return (m / (1 - b1)) / np.sqrt(v / (1 - b2))
add("3b", "AdamW step", "vector", r(w - eta * (adam_first_dir(gd) + lam * w)), 1e-4)
add("3c", "Adam with L2 in gradient", "vector", r(w - eta * adam_first_dir(gd + lam * w)), 1e-4)
add("3d", "SGD weight decay equivalence", "boolean", True)
add("3e", "weight decay shrinkage", "real", r(np.linalg.norm(w) * (1 - eta * lam) ** 1000), 1e-3)

# Problem 4
def steplr(ep):
    return 0.1 * 0.1 ** (ep // 30)
add("4a", "step decay schedule", "vector", [r(steplr(e), 6) for e in (29, 30, 75)], 1e-6)
emax, emin, Tw, T = 0.1, 0.001, 500, 10500
def sched(t):
    if t <= Tw:
        return emax * t / Tw
    return emin + 0.5 * (emax - emin) * (1 + math.cos(math.pi * (t - Tw) / (T - Tw)))
add("4b", "linear warmup", "real", r(sched(125), 6), 1e-6)
add("4c", "cosine schedule", "real", r(sched(3000), 6), 1e-5)
k = 0
while 0.1 * 0.95 ** k >= 0.01:
    k += 1
add("4d", "exponential decay", "integer", k)
nc("4e", "explain in words")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "optim-week6-md", "source": "problems.md", "parts": parts}, f, sort_keys=False)
