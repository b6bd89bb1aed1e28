"""Recompute every answer of optim-ridge-txt and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
class _Dumper(yaml.SafeDumper):
    pass


def _repr_list(dumper, data):
    flow = not any(isinstance(v, dict) for v in data)
    return dumper.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=flow)


_Dumper.add_representer(list, _repr_list)

parts = []
TOL = 0.001


def add(pid, **kw):
    parts.append(dict(id=pid, **kw))


def clean(a, nd=4):
    a = np.round(np.asarray(a, dtype=float), nd)
    def c(v):
        if isinstance(v, list):
            return [c(u) for u in v]
        v = float(v) + 0.0
        return int(v) if v.is_integer() else v
    return c(a.tolist())


# ---------------- Q1: optimizers on f(w) = 0.5 (w1^2 + 4 w2^2)
Hdiag = np.array([1.0, 4.0])
grad = lambda w: Hdiag * w
w0 = np.array([2.0, 1.0])
eta, beta = 0.1, 0.9

w_gd = w0 - eta * grad(w0)

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = beta * v + grad(w)
    w = w - eta * v
w_mom = w

w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = beta * v - eta * grad(w + beta * v)
    w = w + v
w_nes = w

b1, b2, eps = 0.9, 0.999, 1e-8
w, m, s = w0.copy(), np.zeros(2), np.zeros(2)
for t in range(1, 3):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g * g
    mhat = m / (1 - b1 ** t)
    shat = s / (1 - b2 ** t)
    w = w - eta * mhat / (np.sqrt(shat) + eps)
w_adam = w

lam = 0.01
w_wd = w0 - eta * (grad(w0) + lam * w0)

eta_max = 2.0 / Hdiag.max()

add('1a', computable=True, family='gradient descent step', answer_kind='vector', answer=clean(w_gd),
    tolerance=TOL)
add('1b', computable=True, family='momentum (heavy-ball) steps', answer_kind='vector', answer=clean(w_mom),
    tolerance=TOL)
add('1c', computable=True, family='Nesterov momentum steps', answer_kind='vector', answer=clean(w_nes),
    tolerance=TOL)
add('1d', computable=True, family='Adam steps', answer_kind='vector', answer=clean(w_adam), tolerance=TOL)
add('1e', computable=True, family='SGD with weight decay', answer_kind='vector', answer=clean(w_wd),
    tolerance=TOL)
add('1f', computable=True, family='gradient descent stability bound', answer_kind='real',
    answer=clean(eta_max), tolerance=TOL)
add('1g', computable=False, why='explain and sketch')

# ---------------- Q2: schedules
lr_step = 0.1 * 0.5 ** (25 // 10)
lr_cos = 0.5 * 0.1 * (1 + np.cos(np.pi * 25 / 100))
lr_warm = 1e-3 * 200 / 500
add('2a', computable=True, family='step learning-rate schedule', answer_kind='real', answer=clean(lr_step, 6),
    tolerance=1e-5)
add('2b', computable=True, family='cosine learning-rate schedule', answer_kind='real', answer=clean(lr_cos, 6),
    tolerance=1e-4)
add('2c', computable=True, family='linear warm-up schedule', answer_kind='real', answer=clean(lr_warm, 6),
    tolerance=1e-6)

# ---------------- Q3: least squares and ridge (no intercept)
X = np.array([[1, 0], [0, 1], [1, 1], [2, 1]], float)
y = np.array([1, 2, 2, 4], float)
w_ols = np.linalg.solve(X.T @ X, X.T @ y)
w_ridge = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ y)
mse_ols = np.mean((X @ w_ols - y) ** 2)
pred = np.array([1, 2], float) @ w_ridge
add('3a', computable=True, family='ordinary least squares closed form', answer_kind='vector',
    answer=clean(w_ols), tolerance=TOL)
add('3b', computable=True, family='ridge regression closed form', answer_kind='vector',
    answer=clean(w_ridge), tolerance=TOL)
add('3c', computable=True, family='training MSE of least squares fit', answer_kind='real',
    answer=clean(mse_ols), tolerance=TOL)
add('3d', computable=True, family='ridge prediction', answer_kind='real', answer=clean(pred), tolerance=TOL)
add('3e', computable=False,
    why='ambiguous: the part does not say whether the intercept is penalized by the ridge term '
        '(or whether features are centred), and the two conventions give different (b, w1, w2)')
add('3f', computable=False, why='prove')

# ---------------- Q4: losses
wc = np.array([0.5, -1.0]); bc = 0.2
Xc = np.array([[2, 1], [0, -1], [1, -2]], float)
yc = np.array([1, -1, 1], float)
sc = Xc @ wc + bc
hinge = np.mean(np.maximum(0, 1 - yc * sc))
logistic = np.mean(np.log1p(np.exp(-yc * sc)))
mse = np.mean((np.array([2.5, 0.0, 2.1]) - np.array([3, -0.5, 2])) ** 2)
add('4a', computable=True, family='hinge loss', answer_kind='real', answer=clean(hinge), tolerance=TOL)
add('4b', computable=True, family='logistic loss', answer_kind='real', answer=clean(logistic), tolerance=TOL)
add('4c', computable=True, family='mean squared error', answer_kind='real', answer=clean(mse), tolerance=TOL)
add('4d', computable=False,
    why='ambiguous: test-time output depends on whether dropout is inverted (5.0) or classic '
        '(scaled by the keep probability, 4.0); the part does not say')

with open(os.path.join(HERE, 'expected.yaml'), 'w') as f:
    yaml.dump({'set': 'optim-ridge-txt', 'source': 'problems.txt', 'parts': parts}, f,
                   Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, 'expected.yaml')).read())
