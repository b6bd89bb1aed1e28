#!/usr/bin/env python3
"""Recomputes every answer of midterm-norm-backprop/problems.tex and writes expected.yaml."""
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


def r4(v):
    return np.round(np.asarray(v, float), 4).tolist()


parts = []

# ---------------- Question 1: normalization ----------------
X = np.array([[1, 2], [3, 6], [5, 4], [7, 8]], float)
gamma = np.array([2.0, 1.0])
beta = np.array([0.0, 1.0])
mu = X.mean(axis=0)
var = X.var(axis=0)          # biased
parts.append(C('1a', 'batch norm mean', 'vector', r4(mu), tolerance=0.001))
parts.append(C('1b', 'batch norm variance (biased)', 'vector', r4(var), tolerance=0.001))
xhat = (X[1] - mu) / np.sqrt(var + 0.0)
parts.append(C('1c', 'batch norm output', 'vector', r4(gamma * xhat + beta), tolerance=0.001))
# batch of one, eps = 1e-5
x1 = np.array([[3.0, 6.0]])
eps = 1e-5


def bn_train(xb):
    m = xb.mean(axis=0)
    v = xb.var(axis=0)
    return gamma * (xb - m) / np.sqrt(v + eps) + beta

y1 = bn_train(x1)[0]
parts.append(C('1d.i', 'batch norm with a batch of one', 'vector', r4(y1), tolerance=0.001))
h = 1e-4
xp = x1.copy(); xp[0, 0] += h
xm = x1.copy(); xm[0, 0] -= h
dy = (bn_train(xp)[0, 0] - bn_train(xm)[0, 0]) / (2 * h)
parts.append(C('1d.ii', 'batch norm gradient with a batch of one', 'real', float(np.round(dy, 4)), tolerance=0.001))
m = 0.1
running = (1 - m) * np.zeros(2) + m * mu
parts.append(C('1e', 'batch norm running mean update', 'vector', r4(running), tolerance=0.001))
z = np.array([2, 4, 6, 8], float)
ln = (z - z.mean()) / np.sqrt(z.var())
parts.append(C('1f', 'layer norm output', 'vector', r4(ln), tolerance=0.001))
parts.append(C('1g', 'batch norm parameter count', 'integer', 2 * 64))
parts.append(C('1h', 'layer norm parameter count', 'integer', 2 * 64 * 8 * 8))

# ---------------- Question 2: activations ----------------
sig = lambda t: 1.0 / (1.0 + np.exp(-t))
parts.append(C('2a', 'sigmoid value', 'real', round(float(sig(2.0)), 4), tolerance=0.001))
parts.append(C('2b', 'tanh derivative', 'real', round(float(1 - np.tanh(0.5) ** 2), 4), tolerance=0.001))
s = np.exp([1.0, 2.0, 3.0]); s /= s.sum()
parts.append(C('2c', 'softmax', 'vector', r4(s), tolerance=0.001))
fs = {'A': sig, 'B': np.tanh, 'C': lambda t: np.log1p(np.exp(t)), 'D': lambda t: t * sig(t)}
der = {k: (f(1e-6) - f(-1e-6)) / 2e-6 for k, f in fs.items()}
best = max(der, key=der.get)
assert sorted(der.values())[-1] - sorted(der.values())[-2] > 0.1
parts.append(C('2d', 'activation derivative comparison (multiple choice)', 'choice', best))
parts.append(N('2e', 'explain in words (vanishing gradients)'))

# ---------------- Question 3: dropout and losses ----------------
p_drop = 0.2
parts.append(C('3a', 'inverted dropout scaling', 'real', 5 / (1 - p_drop), tolerance=0.001))
parts.append(C('3b', 'classic dropout test-time scaling', 'real', 5 * (1 - p_drop), tolerance=0.001))
logits = np.array([2.0, 1.0, 0.1])
ce = -(logits[0] - np.log(np.exp(logits).sum()))
parts.append(C('3c', 'softmax cross-entropy', 'real', round(float(ce), 4), tolerance=0.001))
pred = np.array([2.5, 0.0, 2.1]); tgt = np.array([3.0, -0.5, 2.0])
parts.append(C('3d', 'mean squared error', 'real', round(float(np.mean((pred - tgt) ** 2)), 4), tolerance=0.001))
sc = np.array([3.2, 5.1, -1.7]); yi = 0
hinge = sum(max(0.0, sc[j] - sc[yi] + 1) for j in range(3) if j != yi)
parts.append(C('3e', 'multiclass hinge loss', 'real', round(float(hinge), 4), tolerance=0.001))

# ---------------- Question 4: backprop ----------------
x = np.array([1.0, -1.0])
W1 = np.array([[1, 2], [-1, 1], [0.5, -0.5]])
b1 = np.array([0.0, 1.0, 0.0])
W2 = np.array([1.0, -2.0, 3.0])
b2 = 0.5
yt = 1.0
z1 = W1 @ x + b1
hh = np.maximum(z1, 0)
yhat = W2 @ hh + b2
L = 0.5 * (yhat - yt) ** 2
parts.append(C('4a', 'MLP forward pass', 'real', round(float(yhat), 4), tolerance=0.001))
parts.append(C('4b', 'squared-error loss', 'real', round(float(L), 4), tolerance=0.001))
db1 = (yhat - yt) * W2 * (z1 > 0)
parts.append(C('4c', 'backprop gradient wrt bias', 'vector', r4(db1), tolerance=0.001))
gx, gy, gz = 3.0, -5.0, 4.0
parts.append(C('4d.i', 'computational graph forward', 'real', (gx + gy) * gz, tolerance=0.001))
parts.append(C('4d.ii', 'computational graph gradient', 'vector', [gz, gz, gx + gy], tolerance=0.001))
parts.append(N('4e', 'derive a general formula'))

write_yaml('midterm-norm-backprop', 'problems.tex', parts)
