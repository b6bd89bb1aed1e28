"""Compute every answer of hw5-normopt and write expected.yaml."""
import math
import numpy as np
import yaml

def dump_yaml(path, set_name, source, parts):
    """Block-style mappings, flow-style answers (rows of a matrix on one line each)."""
    def flow(v):
        return yaml.safe_dump(v, default_flow_style=True, width=1000).strip().removesuffix("...").strip()
    lines = [f"set: {set_name}", f"source: {source}", "parts:"]
    for p in parts:
        first = True
        for k, v in p.items():
            lead = "  - " if first else "    "
            first = False
            lines.append(f"{lead}{k}: {flow(v)}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")

P = []
def r4(a):
    return (np.round(np.asarray(a, float), 6) + 0.0).tolist() if np.ndim(a) else round(float(a), 6) + 0.0
def add(id_, family, kind, answer, **kw):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw); P.append(d)
def nc(id_, why):
    P.append({"id": id_, "computable": False, "why": why})

# Exercise 5.1 -- batch norm, eps = 0, biased variance
x = np.array([1, 3, 4, 8], float)
mu = x.mean(); var = ((x - mu) ** 2).mean(); sd = math.sqrt(var)
add("5.1a", "batch norm statistics", "vector", r4([mu, var]), tolerance=0.001)
xh = (x - mu) / sd
add("5.1b", "batch norm forward", "vector", r4(xh), tolerance=0.001)
gamma, beta = 2.0, -1.0
g = np.array([1, 0, -1, 2], float)
dgamma = float(np.sum(g * xh)); dbeta = float(np.sum(g))
add("5.1c", "batch norm parameter gradients", "vector", r4([dgamma, dbeta]), tolerance=0.001)
N = len(x)
dxh = g * gamma
dx = (1.0 / (N * sd)) * (N * dxh - dxh.sum() - xh * np.sum(dxh * xh))
# numerical check of dx
def loss(xv):
    m = xv.mean(); s = math.sqrt(((xv - m) ** 2).mean())
    return float(np.sum(g * (gamma * (xv - m) / s + beta)))
num = np.array([(loss(x + 1e-6 * e) - loss(x - 1e-6 * e)) / 2e-6 for e in np.eye(N)])
assert np.allclose(num, dx, atol=1e-5)
add("5.1d", "batch norm input gradient", "vector", r4(dx), tolerance=0.001)
x1, g1, b1, eps = 5.0, 3.0, 0.5, 1e-5
y1 = g1 * (x1 - x1) / math.sqrt(0.0 + eps) + b1
add("5.1e", "batch norm, batch of one", "real", r4(y1), tolerance=0.001)
# batch of one: xhat is identically 0 whatever x is -> gradient 0
dx1 = (1.0 / (1 * math.sqrt(eps))) * (1 * 7 * g1 - 7 * g1 - 0.0 * 0.0)
add("5.1f", "batch norm gradient, batch of one", "real", r4(dx1), tolerance=0.001)
z = np.array([2, 4, 6, 8], float)
ln = (z - z.mean()) / math.sqrt(((z - z.mean()) ** 2).mean())
add("5.1g", "layer norm forward", "vector", r4(ln), tolerance=0.001)

# Exercise 5.2 -- optimizers on f = 0.5 (w1^2 + 10 w2^2)
def grad(w):
    return np.array([1.0, 10.0]) * w
w0 = np.array([1.0, 1.0])
add("5.2a", "SGD step", "vector", r4(w0 - 0.1 * grad(w0)), tolerance=0.001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w); w = w - 0.1 * v
add("5.2b", "momentum steps", "vector", r4(w), tolerance=0.001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v - 0.1 * grad(w + 0.9 * v); w = w + v
add("5.2c", "Nesterov steps", "vector", r4(w), tolerance=0.001)
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
ws = []
for t in (1, 2):
    gr = grad(w)
    m = 0.9 * m + 0.1 * gr; s = 0.999 * s + 0.001 * gr ** 2
    mh = m / (1 - 0.9 ** t); sh = s / (1 - 0.999 ** t)
    w = w - 0.01 * mh / (np.sqrt(sh) + 1e-8); ws.append(w.copy())
add("5.2d", "Adam step", "vector", r4(ws[0]), tolerance=0.0001)
add("5.2e", "Adam step", "vector", r4(ws[1]), tolerance=0.0001)
lam = 0.01
add("5.2f", "SGD with weight decay", "vector", r4(w0 - 0.1 * (grad(w0) + lam * w0)), tolerance=0.0001)
eta = 0.001 + 0.5 * (0.1 - 0.001) * (1 + math.cos(math.pi * 25 / 100))
add("5.2g", "cosine learning-rate schedule", "real", r4(eta), tolerance=0.0001)
add("5.2h", "step learning-rate schedule", "real", 0.1 * 0.5 ** (75 // 30), tolerance=0.0001)
nc("5.2i", "explain in words")

# Exercise 5.3 -- least squares / ridge
xs = np.array([0, 1, 2, 3], float); ys = np.array([1, 3, 2, 5], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
add("5.3a", "least squares", "vector", r4(w_ls), tolerance=0.001)
add("5.3b", "least squares training MSE", "real", r4(np.mean((X @ w_ls - ys) ** 2)), tolerance=0.001)
w_r1 = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("5.3c", "ridge regression", "vector", r4(w_r1), tolerance=0.001)
w_r2 = np.linalg.solve(X.T @ X + np.diag([0.0, 2.0]), X.T @ ys)
add("5.3d", "ridge regression (unpenalized intercept)", "vector", r4(w_r2), tolerance=0.001)
add("5.3e", "ridge prediction", "real", r4(w_r1 @ [1.0, 4.0]), tolerance=0.001)
nc("5.3f", "derive a formula")

dump_yaml("expected.yaml", "hw5-normopt", "problems.tex", P)
for q in P:
    print(q["id"], q.get("answer", "-"))
