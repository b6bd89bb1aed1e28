"""Expected answers for week7_optim_md (computed with numpy)."""
import os
import numpy as np

parts = []


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(a, nd=4):
    return (np.round(np.asarray(a, dtype=float), nd) + 0.0).tolist()


TOL = 0.001

# ---------------- Task 1 ----------------
curv = np.array([1.0, 10.0])


def grad(w):
    return curv * w


w0 = np.array([1.0, 1.0])
lr = 0.1

w = w0 - lr * grad(w0)
add("1a", "SGD step", "vector", r(w), tolerance=TOL)

mu = 0.9
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v + grad(w)
    w = w - lr * v
add("1b", "SGD with momentum (two steps)", "vector", r(w), tolerance=TOL)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = mu * v + g
    w = w - lr * (g + mu * v)
add("1c", "Nesterov momentum (two steps)", "vector", r(w), tolerance=TOL)


def adam(w, steps, lr=0.1, b1=0.9, b2=0.999, eps=1e-8, wd=0.0):
    m, s = np.zeros_like(w), np.zeros_like(w)
    w = w.copy()
    for t in range(1, steps + 1):
        g = grad(w)
        w = w * (1 - lr * wd)  # decoupled decay (AdamW); no-op when wd = 0
        m = b1 * m + (1 - b1) * g
        s = b2 * s + (1 - b2) * g * g
        mh = m / (1 - b1 ** t)
        sh = s / (1 - b2 ** t)
        w = w - lr * mh / (np.sqrt(sh) + eps)
    return w


add("1d", "Adam step", "vector", r(adam(w0, 1)), tolerance=TOL)
add("1e", "Adam (two steps)", "vector", r(adam(w0, 2)), tolerance=TOL)
lam = 0.01
w = w0 - lr * (grad(w0) + lam * w0)
add("1f", "SGD with L2 weight decay", "vector", r(w), tolerance=TOL)
add("1g", "AdamW step (decoupled weight decay)", "vector", r(adam(w0, 1, wd=0.01)), tolerance=TOL)
eta_max = 2.0 / curv.max()
add("1h", "gradient descent stability threshold", "real", round(float(eta_max), 4), tolerance=TOL)
w = w0.copy()
for _ in range(200):
    w = w - 0.25 * grad(w)
add("1i", "gradient descent divergence", "boolean", bool(np.linalg.norm(w) > 1e6))

# ---------------- Task 2 ----------------
base = 0.1
add("2a", "step learning-rate schedule", "real", round(base * 0.1 ** (75 // 30), 6), tolerance=1e-5)
t, T = 25, 100
add("2b", "cosine annealing schedule", "real", round(0 + 0.5 * (base - 0) * (1 + np.cos(np.pi * t / T)), 6), tolerance=1e-4)
add("2c", "linear warmup schedule", "real", round(base * 120 / 500, 6), tolerance=1e-5)

# ---------------- Task 3 ----------------
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(xs), xs])
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
add("3a", "least squares closed form", "vector", r(w_ols), tolerance=TOL)
add("3b", "least squares prediction", "real", round(float(w_ols @ [1, 5]), 4), tolerance=TOL)
add("3c", "least squares training MSE", "real", round(float(np.mean((X @ w_ols - ys) ** 2)), 4), tolerance=TOL)
w_r = np.linalg.solve(X.T @ X + 2 * np.eye(2), X.T @ ys)
add("3d", "ridge closed form", "vector", r(w_r), tolerance=TOL)
w_r2 = np.linalg.solve(X.T @ X + 10 * np.diag([0.0, 1.0]), X.T @ ys)
add("3e", "ridge closed form (unpenalised intercept)", "vector", r(w_r2), tolerance=TOL)
skip("3f", "derive a formula and explain")

# ---------------- Task 4 ----------------
vocab, d, hid = 10_000, 256, 512
emb = vocab * d
gru = 3 * (hid * d + hid * hid + 2 * hid)
out = hid * vocab + vocab
add("4a", "embedding parameter count", "integer", emb)
add("4b", "GRU parameter count", "integer", gru)
add("4c", "linear parameter count", "integer", out)
add("4d", "total parameter count", "integer", emb + gru + out)


# ---------------- YAML output (hand-written emitter; lists inline) ----------------
def _scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return np.format_float_positional(float(v), trim="0")  # no exponent: PyYAML reads 1e-05 as a string
    s = str(v)
    if s == "" or any(ch in s for ch in ":#{}[],&*!|>'\"%@`") or s.lower() in ("true", "false", "yes", "no", "null"):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def _value(v):
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return _scalar(v)


def emit(set_name, source, parts):
    lines = ["set: " + set_name, "source: " + source, "parts:"]
    seen = set()
    for p in parts:
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        first = True
        for key, val in p.items():
            lines.append(("  - " if first else "    ") + key + ": " + _value(val))
            first = False
    text = "\n".join(lines) + "\n"
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "expected.yaml"), "w") as fh:
        fh.write(text)
    print(text)
    return text
emit("week7_optim_md", "problems.md", parts)
