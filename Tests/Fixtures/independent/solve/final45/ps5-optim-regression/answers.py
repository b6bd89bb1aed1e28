#!/usr/bin/env python3
"""Recomputes every answer of ps5-optim-regression/problems.md and writes expected.yaml."""
import numpy as np

# ---- tiny deterministic YAML writer (no external deps) ----
import json, os


def _scalar(v):
    if isinstance(v, (bool, np.bool_)):
        return 'true' if v else 'false'
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        x = round(float(v), 6) + 0.0
        if x == int(x) and abs(x) < 1e12:
            return repr(float(int(x)))
        return repr(x)
    if isinstance(v, str):
        return v if v.isalnum() and not v.isdigit() else json.dumps(v)
    raise TypeError(type(v))


def _flow(v):
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(_flow(x) for x in v) + ']'
    return _scalar(v)


def write_yaml(set_name, source, parts, path='expected.yaml'):
    seen = set()
    lines = ['set: ' + set_name, 'source: ' + source, 'parts:']
    for p in parts:
        assert p['id'] not in seen, p['id']
        seen.add(p['id'])
        lines.append('  - id: ' + json.dumps(p['id']))
        lines.append('    computable: ' + ('true' if p['computable'] else 'false'))
        for k in ('family', 'answer_kind', 'answer', 'layout', 'tolerance', 'why'):
            if k in p:
                v = p[k]
                if k in ('family', 'why'):
                    lines.append('    %s: %s' % (k, json.dumps(v)))
                else:
                    lines.append('    %s: %s' % (k, _flow(v)))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), path)
    with open(out, 'w') as f:
        f.write('\n'.join(lines) + '\n')


def C(pid, family, kind, answer, **kw):
    d = {'id': pid, 'computable': True, 'family': family, 'answer_kind': kind, 'answer': answer}
    d.update(kw)
    return d


def N(pid, why):
    return {'id': pid, 'computable': False, 'why': why}


def r6(v):
    return np.round(np.asarray(v, float), 6).tolist()


parts = []

# ---------------- Problem 1 ----------------
grad = lambda w: np.array([w[0], 10.0 * w[1]])
w0 = np.array([1.0, 1.0])
eta = 0.1

w = w0 - eta * grad(w0)
parts.append(C('1a', 'gradient descent step', 'vector', r6(w), tolerance=0.001))

w, v, mu = w0.copy(), np.zeros(2), 0.9
for _ in range(2):
    v = mu * v + grad(w)
    w = w - eta * v
parts.append(C('1b', 'SGD with momentum (two steps)', 'vector', r6(w), tolerance=0.001))

w, v = w0.copy(), np.zeros(2)
g = grad(w)
v = mu * v + g
w = w - eta * (g + mu * v)
parts.append(C('1c', 'Nesterov momentum step', 'vector', r6(w), tolerance=0.001))

w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
for t in (1, 2):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mhat = m / (1 - b1 ** t)
    shat = s / (1 - b2 ** t)
    w = w - lr * mhat / (np.sqrt(shat) + eps)
parts.append(C('1d', 'Adam (two steps)', 'vector', r6(w), tolerance=0.0001))

lam = 0.01
w = w0 - eta * (grad(w0) + lam * w0)
parts.append(C('1e', 'SGD with L2 weight decay', 'vector', r6(w), tolerance=0.0001))
parts.append(N('1f', 'explain in words (L2 vs decoupled weight decay)'))

# ---------------- Problem 2 ----------------
base = 0.1
step_lr = lambda e: base * 0.1 ** (e // 30)
cos_lr = lambda t: 0.0 + 0.5 * (base - 0.0) * (1 + np.cos(np.pi * t / 100))
exp_lr = lambda e: base * 0.95 ** e
parts.append(C('2a', 'step learning-rate schedule', 'real', round(step_lr(65), 8), tolerance=1e-6))
parts.append(C('2b', 'cosine annealing schedule', 'real', round(float(cos_lr(25)), 6), tolerance=0.0001))
parts.append(C('2c', 'linear warm-up schedule', 'real', round(base * 200 / 500, 6), tolerance=0.0001))
parts.append(C('2d', 'exponential decay schedule', 'real', round(exp_lr(10), 6), tolerance=0.0001))
cands = {'A': step_lr(50), 'B': float(cos_lr(50)), 'C': exp_lr(50), 'D': 0.02}
parts.append(C('2e', 'schedule comparison (multiple choice)', 'choice', max(cands, key=cands.get)))

# ---------------- Problem 3 ----------------
xs = np.array([0, 1, 2, 3], float)
ys = np.array([1, 3, 4, 8], float)
X = np.column_stack([np.ones_like(xs), xs])
parts.append(C('3a', 'design matrix', 'matrix', X.astype(int).tolist()))
w_ols = np.linalg.solve(X.T @ X, X.T @ ys)
parts.append(C('3b', 'ordinary least squares', 'vector', r6(w_ols), tolerance=0.001))
mse = np.mean((X @ w_ols - ys) ** 2)
parts.append(C('3c', 'training MSE', 'real', round(float(mse), 6), tolerance=0.001))
w_ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
parts.append(C('3d', 'ridge regression closed form', 'vector', np.round(w_ridge, 4).tolist(), tolerance=0.001))
parts.append(C('3e', 'linear regression prediction', 'real', round(float(w_ols @ [1, 4]), 6), tolerance=0.001))
parts.append(N('3f', 'prove'))
parts.append(N('3g', 'ambiguous: biased (divide by n) vs unbiased (divide by n-1) variance not specified'))

# ---------------- Problem 4 ----------------
n = 4
w = np.zeros(2)
gL = (2.0 / n) * X.T @ (X @ w - ys)
w = w - 0.05 * gL
parts.append(C('4', 'gradient descent on least squares', 'vector', r6(w), tolerance=0.001))

write_yaml('ps5-optim-regression', 'problems.md', parts)
