"""Recompute every numeric answer of problems.tex and write expected.yaml."""
import math
import numpy as np
import yaml

out = []


def add(pid, family, kind, answer, tol=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        e["tolerance"] = tol
    out.append(e)


def nc(pid, why):
    out.append({"id": pid, "computable": False, "why": why})


def tolist(a, nd=4):
    r = np.round(np.asarray(a, float), nd).tolist()

    def fix(v):
        if isinstance(v, list):
            return [fix(t) for t in v]
        v = 0.0 if v == 0 else v
        return int(v) if float(v).is_integer() else v
    return fix(r)


def rnd(v, nd=4):
    v = float(round(float(v), nd))
    return int(v) if v.is_integer() else v


# ---------------- Exercise 4.1: MLP ----------------
W1 = np.array([[1, -1], [2, 0], [-1, 1]], float)
b1 = np.array([0, -1, 1], float)
W2 = np.array([[1, -2, 0.5]])
b2 = 0.5
x = np.array([1, -2], float)
y = 1.0


def forward(W1, b1, W2, b2, x):
    a = W1 @ x + b1
    h = np.maximum(a, 0)
    f = float((W2 @ h)[0] + b2)
    return a, h, f


a1, h, f = forward(W1, b1, W2, b2, x)
L = 0.5 * (f - y) ** 2
add("4.1a", "MLP hidden activation", "vector", tolist(h))
add("4.1b", "MLP forward output", "real", rnd(f), tol=0.001)
add("4.1c", "MSE loss of MLP", "real", rnd(L), tol=0.001)
df = f - y
dW2 = df * h[None, :]
dh = df * W2[0]
da = dh * (a1 > 0)
dW1 = np.outer(da, x)
# finite-difference check
def loss_of(W1_, W2_):
    return 0.5 * (forward(W1_, b1, W2_, b2, x)[2] - y) ** 2
for M, dM, which in ((W1, dW1, 1), (W2, dW2, 2)):
    for idx in np.ndindex(M.shape):
        Mp = M.copy(); Mp[idx] += 1e-6
        Mm = M.copy(); Mm[idx] -= 1e-6
        if which == 1:
            g = (loss_of(Mp, W2) - loss_of(Mm, W2)) / 2e-6
        else:
            g = (loss_of(W1, Mp) - loss_of(W1, Mm)) / 2e-6
        assert abs(g - dM[idx]) < 1e-5
add("4.1d", "MLP gradient wrt W2", "matrix", tolist(dW2), tol=0.001)
add("4.1e", "MLP gradient wrt W1", "matrix", tolist(dW1), tol=0.001)

# ---------------- Exercise 4.2: tiny graph ----------------
def fgraph(x, y, z):
    return np.tanh(x * y) * z + z ** 2


xv, yv, zv = 1.0, -0.5, 2.0
u = xv * yv
v = np.tanh(u)
fv = v * zv + zv ** 2
du = zv * (1 - v ** 2)
grad = np.array([du * yv, du * xv, v + 2 * zv])
num = np.array([(fgraph(xv + 1e-6, yv, zv) - fgraph(xv - 1e-6, yv, zv)) / 2e-6,
                (fgraph(xv, yv + 1e-6, zv) - fgraph(xv, yv - 1e-6, zv)) / 2e-6,
                (fgraph(xv, yv, zv + 1e-6) - fgraph(xv, yv, zv - 1e-6)) / 2e-6])
assert np.allclose(grad, num, atol=1e-6)
add("4.2a", "computational graph forward value", "real", rnd(fv), tol=0.001)
add("4.2b", "backprop gradient through a tiny graph", "vector", tolist(grad), tol=0.001)
nc("4.2c", "draw / sketch the graph")

# ---------------- Exercise 4.3: optimizers ----------------
def gradL(w):
    return np.array([2 * w[0], 6 * w[1]])


w0 = np.array([1.0, 1.0])
eta = 0.1
add("4.3a", "SGD step", "vector", tolist(w0 - eta * gradL(w0)), tol=0.001)

w = w0.copy(); vb = np.zeros(2); beta = 0.9
for _ in range(2):
    vb = beta * vb + gradL(w)
    w = w - eta * vb
add("4.3b", "SGD with momentum (2 steps)", "vector", tolist(w), tol=0.001)

w = w0.copy(); vb = np.zeros(2)
for _ in range(2):
    vb = beta * vb - eta * gradL(w + beta * vb)
    w = w + vb
add("4.3c", "Nesterov momentum (2 steps)", "vector", tolist(w), tol=0.001)

w = w0.copy(); m = np.zeros(2); s = np.zeros(2); b1a, b2a, eps = 0.9, 0.999, 1e-8
for t in range(1, 3):
    g = gradL(w)
    m = b1a * m + (1 - b1a) * g
    s = b2a * s + (1 - b2a) * g * g
    mh = m / (1 - b1a ** t)
    sh = s / (1 - b2a ** t)
    w = w - eta * mh / (np.sqrt(sh) + eps)
add("4.3d", "Adam (2 steps)", "vector", tolist(w, 6), tol=0.0001)

lam = 0.01
add("4.3e", "SGD with L2 weight decay", "vector", tolist(w0 - eta * (gradL(w0) + lam * w0)), tol=0.001)
nc("4.3f", "explain (L2 vs decoupled weight decay in Adam)")
eta_max, T, t = 0.1, 100, 25
add("4.3g", "cosine learning-rate schedule", "real",
    rnd(0.5 * eta_max * (1 + math.cos(math.pi * t / T)), 5), tol=0.0001)
nc("4.3h", "ambiguous: the warm-up's starting value and epoch indexing are not fixed "
           "(e.g. 0.1*2/5 = 0.04 if it starts at 0 with epochs from 0, 0.06 with epochs from 1)")

# ---------------- Exercise 4.4: least squares / ridge ----------------
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ls = np.linalg.solve(X.T @ X, X.T @ ys)
assert np.allclose(w_ls, np.linalg.lstsq(X, ys, rcond=None)[0])
add("4.4a", "least squares closed form", "vector", tolist(w_ls), tol=0.001)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add("4.4b", "ridge closed form", "vector", tolist(w_r), tol=0.001)
add("4.4c", "training MSE of least-squares fit", "real", rnd(np.mean((X @ w_ls - ys) ** 2)), tol=0.001)
nc("4.4d", "proof")

doc = {"set": "optim-backprop-env", "source": "problems.tex", "parts": out}
with open("expected.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
