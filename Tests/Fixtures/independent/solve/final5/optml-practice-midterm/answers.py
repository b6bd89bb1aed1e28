"""Recompute every numeric answer of the practice midterm and write expected.yaml."""
import numpy as np
import yaml

parts = []


def clean(v):
    if isinstance(v, np.ndarray):
        return clean(v.tolist())
    if isinstance(v, (list, tuple)):
        return [clean(e) for e in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = round(float(v), 6)
        return int(f) if f == int(f) and abs(f) < 1e12 else f
    return v


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


SET = "optml-practice-midterm"


def pick_choice(value, options, letters="ABCDE"):
    """Letter of the option nearest to value (and check it is clearly nearest)."""
    d = [abs(value - o) for o in options]
    i = int(np.argmin(d))
    assert sorted(d)[1] > 5 * d[i] + 1e-12, "nearest option is not clear"
    return letters[i]


# ---------------- Question 1
A = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([1.0, -1.0])
grad = lambda w: A @ w - b
w0 = np.array([1.0, 1.0])
eta = 0.1

add("1a", "gradient descent step", "vector", w0 - eta * grad(w0), tol=1e-4)

mu = 0.9
w, v, hb = w0.copy(), np.zeros(2), []
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
    hb.append(w.copy())
add("1b.i", "heavy-ball momentum step", "vector", hb[0], tol=1e-4)
add("1b.ii", "heavy-ball momentum step", "vector", hb[1], tol=1e-4)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = mu * v - eta * grad(w + mu * v)
    w = w + v
add("1c", "Nesterov momentum step", "vector", w, tol=1e-4)

lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
g = grad(w0)
m = (1 - b1) * g
s = (1 - b2) * g ** 2
mhat, shat = m / (1 - b1), s / (1 - b2)
add("1d", "Adam step", "vector", w0 - lr * mhat / (np.sqrt(shat) + eps), tol=1e-6)

lam = 0.5
add("1e", "SGD with weight decay", "vector", w0 - eta * (grad(w0) + lam * w0), tol=1e-4)

wstar = np.linalg.solve(A, b)
add("1f", "quadratic minimizer", "vector", wstar, tol=1e-4)
ev = np.linalg.eigvalsh(A)
add("1g", "maximum stable step size", "real", 2 / ev.max(), tol=1e-3)
skip("1h", "prove")

# ---------------- Question 2
lr0, step, gamma, epoch = 0.1, 30, 0.1, 75
add("2a", "step-decay learning-rate schedule", "real", lr0 * gamma ** (epoch // step), tol=1e-6)
emax, emin, T, t = 0.1, 0.0, 100, 25
add("2b", "cosine annealing schedule", "real",
    emin + 0.5 * (emax - emin) * (1 + np.cos(np.pi * t / T)), tol=1e-4)
warm = 3e-4 * 200 / 500
add("2c", "linear warm-up schedule", "choice", pick_choice(warm, [6.0e-5, 1.2e-4, 1.5e-4, 3.0e-4]))

# ---------------- Question 3
X = np.array([[1, 0], [0, 1], [1, 1], [2, 1]], float)
y = np.array([2, 1, 4, 5], float)
w_ols = np.linalg.solve(X.T @ X, X.T @ y)
assert np.allclose(w_ols, np.linalg.lstsq(X, y, rcond=None)[0])
add("3a", "least squares closed form", "vector", w_ols, tol=1e-3)
lam = 2.0
w_ridge = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ y)
add("3b", "ridge regression closed form", "vector", w_ridge, tol=1e-3)
add("3c", "training MSE", "real", np.mean((y - X @ w_ols) ** 2), tol=1e-3)
add("3d", "ridge shrinkage", "boolean", bool(np.linalg.norm(w_ridge) < np.linalg.norm(w_ols)))
skip("3e", "ambiguous: whether the intercept is penalized by the ridge term is not stated")
skip("3f", "derive a formula")

# ---------------- Question 4
kappa = ev.max() / ev.min()
add("4", "condition number", "choice", pick_choice(kappa, [1.618, 2.618, 3.618, 5.0]))

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": SET, "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
print(open("expected.yaml").read())
