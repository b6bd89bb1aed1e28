"""Recompute every computable answer of handout7-optimization and write expected.yaml."""
import numpy as np

SET = "handout7-optimization"
SOURCE = "problems.txt"
parts = []


def clean(v):
    """numpy -> plain python, rounding reals to 4 decimals."""
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, (bool, np.bool_)):
            return bool(x)
        x = round(float(x), 4) + 0.0   # + 0.0 turns -0.0 into 0.0
        if x.is_integer():
            return int(x)
        return x
    return [clean(e) for e in a]


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer) if kind not in ("choice", "choices") else answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Exercise 7.1: optimizers on f = 0.5 (w1^2 + 4 w2^2) ----------------
def grad(w):
    return np.array([w[0], 4 * w[1]])


w0 = np.array([2.0, 1.0])
eta = 0.1
add("7.1a", "SGD step", "vector", w0 - eta * grad(w0), tol=1e-3)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - eta * v
add("7.1b", "SGD with momentum", "vector", w, tol=1e-3)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    g = grad(w)
    v = 0.9 * v + g
    w = w - eta * (g + 0.9 * v)
add("7.1c", "Nesterov momentum", "vector", w, tol=1e-3)

add("7.1d", "SGD with weight decay", "vector", w0 - eta * (grad(w0) + 0.05 * w0), tol=1e-3)


def adam(w, steps, wd=0.0, b1=0.9, b2=0.999, eps=1e-8):
    m = np.zeros_like(w)
    s = np.zeros_like(w)
    for t in range(1, steps + 1):
        g = grad(w)
        w = w - eta * wd * w           # decoupled decay (AdamW); no-op when wd = 0
        m = b1 * m + (1 - b1) * g
        s = b2 * s + (1 - b2) * g * g
        mh = m / (1 - b1 ** t)
        sh = s / (1 - b2 ** t)
        w = w - eta * mh / (np.sqrt(sh) + eps)
    return w


add("7.1e", "Adam steps", "vector", adam(w0.copy(), 2), tol=1e-3)
add("7.1f", "AdamW step (decoupled weight decay)", "vector", adam(w0.copy(), 1, wd=0.01), tol=1e-3)
add("7.1g", "step learning-rate schedule", "real", 0.1 * 0.5 ** (25 // 10), tol=1e-4)
emax, emin, T, t = 0.1, 0.001, 100, 25
add("7.1h", "cosine learning-rate schedule", "real",
    emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), tol=1e-4)
w, k = w0.copy(), 0
while not abs(w[1]) < 0.01:
    w = w - eta * grad(w)
    k += 1
add("7.1i", "gradient descent iteration count", "integer", k)
add("7.1j", "gradient descent divergence", "boolean", bool(abs(1 - 0.6 * 4) > 1))

# ---------------- Exercise 7.2: least squares and ridge ----------------
xs = np.array([0, 1, 2, 3.0])
ys = np.array([1, 3, 4, 8.0])
X = np.column_stack([np.ones_like(xs), xs])
theta = np.linalg.solve(X.T @ X, X.T @ ys)
add("7.2a", "least squares closed form", "vector", theta, tol=1e-3)
add("7.2b", "residual sum of squares", "real", np.sum((ys - X @ theta) ** 2), tol=1e-3)
add("7.2c", "least squares prediction", "real", theta @ [1, 5], tol=1e-3)
add("7.2d", "ridge closed form", "vector", np.linalg.solve(X.T @ X + 2 * np.eye(2), X.T @ ys), tol=1e-3)
add("7.2e", "ridge closed form (unpenalized intercept)", "vector",
    np.linalg.solve(X.T @ X + 2 * np.diag([0, 1.0]), X.T @ ys), tol=1e-3)
skip("7.2f", "prove")

# ---------------- Exercise 7.3: odds and ends ----------------
skip("7.3a", "ambiguous: the handout never says whether convolution flips the kernel; "
     "cross-correlation gives (-2, -2), true convolution gives (2, 2)")
add("7.3b", "1D conv output length", "integer", (100 + 2 * 1 - 5) // 2 + 1)
add("7.3c", "conv output shape (Keras, channels-last)", "shape", [8, 28 - 3 + 1, 28 - 3 + 1, 16], layout="NHWC")
c1 = np.array([[1, 3], [5, 7]], float)
add("7.3d", "instance norm forward", "matrix", (c1 - c1.mean()) / c1.std(), tol=1e-3)
add("7.3e", "FLOPs of a linear layer", "integer", 2 * 64 * 512 * 256)
add("7.3f", "hinge loss", "real", max(0.0, 1 - (-1) * 0.3), tol=1e-3)


# ---------------- write YAML ----------------
def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(fmt(e) for e in v) + "]"
    if isinstance(v, str):
        return '"' + v + '"' if not v.isalnum() else v
    return repr(v)


lines = [f"set: {SET}", f"source: {SOURCE}", "parts:"]
for d in parts:
    lines.append(f"  - id: {fmt(d['id']) if not d['id'].isalnum() else d['id']}")
    for key in ("computable", "family", "answer_kind", "answer", "layout", "tolerance", "why"):
        if key in d:
            val = d[key]
            if key in ("family", "why"):
                val = '"' + val + '"'
            else:
                val = fmt(val)
            lines.append(f"    {key}: {val}")
with open("expected.yaml", "w") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
