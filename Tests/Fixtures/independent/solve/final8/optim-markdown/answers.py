"""Recompute every answer of optim-markdown/problems.md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []
R, TOL = 4, 0.001


def rv(a):
    return [round(float(v), R) + 0.0 for v in np.asarray(a).ravel()]


def rm(a):
    return [[round(float(v), R) + 0.0 for v in row] for row in np.asarray(a)]


def add(id, family, kind, answer, **kw):
    d = {"id": id, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def skip(id, why):
    parts.append({"id": id, "computable": False, "why": why})


# ---------------- Q1
def grad(w):
    return np.array([2 * w[0], 6 * w[1]])


w0 = np.array([1.0, -2.0])
eta, mu = 0.1, 0.9
add("1a", "gradient descent step", "vector", rv(w0 - eta * grad(w0)), tolerance=TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
add("1b", "momentum (two steps)", "vector", rv(w), tolerance=TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v - eta * grad(w + mu * v)
    w = w + v
add("1c", "Nesterov momentum (two steps)", "vector", rv(w), tolerance=TOL)

lam = 0.01
add("1d", "SGD with weight decay", "vector", rv(w0 - eta * (grad(w0) + lam * w0)), tolerance=TOL)

b1, b2, eps = 0.9, 0.999, 1e-8
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in range(1, 3):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mh, sh = m / (1 - b1 ** t), s / (1 - b2 ** t)
    w = w - eta * mh / (np.sqrt(sh) + eps)
    adam.append(w.copy())
add("1e", "Adam step", "vector", rv(adam[0]), tolerance=TOL)
add("1f", "Adam (two steps)", "vector", rv(adam[1]), tolerance=TOL)

# ---------------- Q2
epoch = 25
add("2a", "step learning-rate schedule", "real", round(0.1 * 0.5 ** (epoch // 10), 6), tolerance=1e-4)
t, T, emax, emin = 25, 100, 0.1, 0.0
add("2b", "cosine learning-rate schedule", "real",
    round(float(emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T))), 6), tolerance=1e-4)
add("2c", "linear warmup learning rate", "real", round(0.1 * 200 / 500, 6), tolerance=1e-4)

# ---------------- Q3
x = np.array([1, 2, 3, 4], float)
y = np.array([1, 3, 2, 5], float)
X = np.column_stack([np.ones_like(x), x])
beta = np.linalg.solve(X.T @ X, X.T @ y)
add("3a", "least squares coefficients", "vector", rv(beta), tolerance=TOL)
rss = float(np.sum((y - X @ beta) ** 2))
add("3b", "residual sum of squares", "real", round(rss, R), tolerance=TOL)
skip("3c", "ambiguous: 'variance of the targets' does not say population (1/N, 2.1875) "
           "or sample (1/(N-1), 2.9167) variance")
tss = float(np.sum((y - y.mean()) ** 2))
add("3d", "coefficient of determination", "real", round(1 - rss / tss, R), tolerance=TOL)
ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
add("3e", "ridge regression closed form", "vector", rv(ridge), tolerance=TOL)
add("3f", "ridge prediction", "real", round(float(ridge @ [1, 5]), R), tolerance=TOL)
skip("3g", "derive a formula")

# ---------------- Q4
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 1], [0, 1], [1, 0]], float)
V = np.array([[1, 2], [3, 0], [0, 1]], float)
S = Q @ K.T
add("4.1", "attention scores", "matrix", rm(S))
Z = S / np.sqrt(2)
A = np.exp(Z - Z.max(1, keepdims=True)); A /= A.sum(1, keepdims=True)
add("4.2", "attention weights (softmax)", "matrix", rm(A), tolerance=TOL)
add("4.3", "attention output", "matrix", rm(A @ V), tolerance=TOL)
mask = np.tril(np.ones((3, 3), bool))
Zm = np.where(mask, Z, -np.inf)
Am = np.exp(Zm - Zm.max(1, keepdims=True)); Am /= Am.sum(1, keepdims=True)
add("4.4", "causal attention weights", "vector", rv(Am[1]), tolerance=TOL)

# ---------------- Q5
xv, yv, zv = -1.0, 3.0, 2.0
f = (xv + 2 * yv) * max(yv, zv)
add("5a", "computational graph forward", "real", round(f, R))
mx = max(yv, zv)
dfdx = mx
dfdy = 2 * mx + (xv + 2 * yv) * (1.0 if yv > zv else 0.0)
dfdz = (xv + 2 * yv) * (1.0 if zv > yv else 0.0)
fn = lambda a, b, c: (a + 2 * b) * max(b, c)
num = [(fn(xv + 1e-6, yv, zv) - fn(xv - 1e-6, yv, zv)) / 2e-6,
       (fn(xv, yv + 1e-6, zv) - fn(xv, yv - 1e-6, zv)) / 2e-6,
       (fn(xv, yv, zv + 1e-6) - fn(xv, yv, zv - 1e-6)) / 2e-6]
assert np.allclose(num, [dfdx, dfdy, dfdz], atol=1e-5)
add("5b", "backprop through a graph", "vector", rv([dfdx, dfdy, dfdz]))

doc = {"set": "optim-markdown", "source": "problems.md", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
