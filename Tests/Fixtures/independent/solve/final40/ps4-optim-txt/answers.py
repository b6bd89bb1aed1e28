"""Recompute every computable answer of ps4-optim-txt and write expected.yaml.

Run from anywhere:  python3 answers.py
All optimizer parts start from w0 = (3, 1) with eta = 0.1 on
f(w) = (w1 - 1)^2 + 2 (w2 + 1)^2.
"""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class FlowListDumper(yaml.SafeDumper):
    """Block-style mappings, flow-style lists ([16, 32, 32], [[1, 2], [3, 4]])."""


FlowListDumper.add_representer(
    list, lambda d, v: d.represent_sequence(
        "tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(e, dict) for e in v)))
FlowListDumper.add_representer(
    dict, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=False))


def comp(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family,
         "answer_kind": kind, "answer": answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nocomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})



def r6(a):
    return np.round(np.asarray(a, float), 8).tolist()


# ---------------- Exercise 4.1: optimizers ----------------
def grad(w):
    return np.array([2 * (w[0] - 1), 4 * (w[1] + 1)])


w0 = np.array([3.0, 1.0])
eta = 0.1

w = w0 - eta * grad(w0)
comp("4.1a", "SGD step", "vector", r6(w), tol=1e-4)

beta = 0.9
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = beta * v + grad(w)
    w = w - eta * v
comp("4.1b", "momentum steps", "vector", r6(w), tol=1e-4)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = beta * v + grad(w - eta * beta * v)
    w = w - eta * v
comp("4.1c", "Nesterov momentum steps", "vector", r6(w), tol=1e-4)

b1, b2, eps = 0.9, 0.999, 1e-8
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
adam = []
for t in range(1, 3):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mhat = m / (1 - b1 ** t)
    shat = s / (1 - b2 ** t)
    w = w - eta * mhat / (np.sqrt(shat) + eps)
    adam.append(w.copy())
comp("4.1d", "Adam step", "vector", r6(adam[0]), tol=1e-4)
comp("4.1e", "Adam second step", "vector", r6(adam[1]), tol=1e-4)

lam = 0.01
w = w0 - eta * (grad(w0) + lam * w0)
comp("4.1f", "SGD with weight decay", "vector", r6(w), tol=1e-5)
nocomp("4.1g", "explain in words")

# ---------------- Exercise 4.2: least squares and ridge ----------------
X = np.array([[1, 0], [0, 1], [1, 1], [2, 1]], float)
y = np.array([2, 1, 4, 5], float)
w_ls = np.linalg.solve(X.T @ X, X.T @ y)
comp("4.2a", "least squares closed form", "vector", r6(w_ls), tol=1e-4)
w_r = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
comp("4.2b", "ridge closed form", "vector", r6(w_r), tol=1e-4)
mse = np.mean((X @ w_ls - y) ** 2)
comp("4.2c", "least squares training MSE", "real", round(float(mse), 8), tol=1e-4)
comp("4.2d", "ridge prediction", "real", round(float(np.array([1, 2]) @ w_r), 8), tol=1e-4)
comp("4.2e", "ridge vs least-squares norm (true/false)", "boolean",
     bool(np.linalg.norm(w_r) < np.linalg.norm(w_ls)))
nocomp("4.2f", "ambiguous: the text does not say whether the intercept is penalized by "
               "the ridge term, which changes b")
nocomp("4.2g", "proof")

# ---------------- Exercise 4.3: losses ----------------
scores = np.array([3.2, 5.1, -1.7])
c = 0
svm = sum(max(0.0, scores[j] - scores[c] + 1) for j in range(3) if j != c)
comp("4.3a", "multiclass hinge loss", "real", round(float(svm), 8), tol=1e-6)
comp("4.3b", "binary hinge loss", "real", round(max(0.0, 1 - (-1) * 0.3), 8), tol=1e-6)
pred = np.array([1.5, 1.5, 4]); targ = np.array([1, 2, 3], float)
mse3 = np.mean((pred - targ) ** 2)
comp("4.3c", "MSE loss", "real", round(float(mse3), 8), tol=1e-6)
comp("4.3d", "binary cross-entropy", "real", round(float(-np.log(1 - 0.8)), 6), tol=1e-4)
mse_doubled = np.mean((2 * (pred - targ)) ** 2)
comp("4.3e", "MSE scaling (true/false)", "boolean", bool(np.isclose(mse_doubled, 2 * mse3)))

# ---------------- Exercise 4.4: learning-rate schedules ----------------
comp("4.4a", "step-decay schedule", "real", 0.1 * 0.5 ** (75 // 30), tol=1e-9)
comp("4.4b", "linear warm-up schedule", "real", round(3e-4 * 100 / 500, 12), tol=1e-9)
lr_max, lr_min, T, t = 0.1, 0.001, 100, 25
cos_lr = lr_min + 0.5 * (lr_max - lr_min) * (1 + np.cos(np.pi * t / T))
comp("4.4c", "cosine annealing schedule", "real", round(float(cos_lr), 8), tol=1e-5)

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    f.write("# written by answers.py -- do not edit by hand\n")
    yaml.dump({"set": "ps4-optim-txt", "source": "problems.txt", "parts": parts},
              f, Dumper=FlowListDumper, sort_keys=False, width=1000)
print(open(os.path.join(HERE, "expected.yaml")).read())
