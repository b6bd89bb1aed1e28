"""Recompute every answer of STAT/CS 4780 HW5 (LaTeX, custom exercise environment) -> expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def py(v, nd=4):
    a = np.asarray(v)
    if a.dtype.kind in "iub":
        return a.tolist()
    return (np.round(a.astype(float), nd) + 0.0).tolist()


parts = []

# ---------------- Exercise 5.1 ----------------
t = np.array([0, 1, 2, 3], float)
y = np.array([1, 2, 2, 4], float)
X = np.stack([np.ones_like(t), t], axis=1)
w_ols = np.linalg.solve(X.T @ X, X.T @ y)
lam = 1.0
w_ridge = np.linalg.solve(X.T @ X + lam * np.eye(2), X.T @ y)
w_ridge_noint = np.linalg.solve(X.T @ X + lam * np.diag([0.0, 1.0]), X.T @ y)
mse = np.mean((X @ w_ols - y) ** 2)
parts.append(dict(id="5.1a", computable=True, family="least squares closed form", answer_kind="vector",
                  answer=py(w_ols), tolerance=0.001))
parts.append(dict(id="5.1b", computable=True, family="ridge regression closed form", answer_kind="vector",
                  answer=py(w_ridge), tolerance=0.001))
parts.append(dict(id="5.1c.i", computable=True, family="ridge regression, unpenalized intercept",
                  answer_kind="vector", answer=py(w_ridge_noint), tolerance=0.001))
parts.append(dict(id="5.1c.ii", computable=True, family="least squares training MSE", answer_kind="real",
                  answer=round(float(mse), 4), tolerance=0.001))
parts.append(dict(id="5.1d", computable=False, why="prove"))

# ---------------- Exercise 5.2 ----------------
W1 = np.array([[1, 2], [-1, 0.5], [0.5, -1]])
b1 = np.array([0.5, 2.5, -1])
w2 = np.array([1, -2, 0.5])
b2 = 0.1
x = np.array([1.0, -2.0])
yt = 1.0
pre = W1 @ x + b1
h = np.maximum(pre, 0)
yhat = w2 @ h + b2
L = 0.5 * (yhat - yt) ** 2
dyhat = yhat - yt
dw2 = dyhat * h
dh = dyhat * w2
dpre = dh * (pre > 0)
dW1 = np.outer(dpre, x)
dx = W1.T @ dpre


def loss_of_x(xx):
    return 0.5 * (w2 @ np.maximum(W1 @ xx + b1, 0) + b2 - yt) ** 2


eps = 1e-6
fd = np.array([(loss_of_x(x + eps * e) - loss_of_x(x - eps * e)) / (2 * eps) for e in np.eye(2)])
assert np.allclose(fd, dx, atol=1e-5)
parts.append(dict(id="5.2a", computable=True, family="MLP forward (hidden layer)", answer_kind="vector",
                  answer=py(h), tolerance=0.001))
parts.append(dict(id="5.2b", computable=True, family="MLP forward (squared loss)", answer_kind="real",
                  answer=round(float(L), 5), tolerance=0.001))
parts.append(dict(id="5.2c", computable=True, family="MLP backprop (output weights)", answer_kind="vector",
                  answer=py(dw2), tolerance=0.001))
parts.append(dict(id="5.2d", computable=True, family="MLP backprop (first-layer weights)", answer_kind="matrix",
                  answer=py(dW1), tolerance=0.001))
parts.append(dict(id="5.2e", computable=True, family="MLP backprop (input gradient)", answer_kind="vector",
                  answer=py(dx), tolerance=0.001))

# ---------------- Exercise 5.3 ----------------
a, b, c = 0.5, -1.0, 2.0


def f(a, b, c):
    return a * np.tanh(a * b + c)


r = a * b + c
th = np.tanh(r)
dr = a * (1 - th ** 2)            # df/dr
grad = np.array([th + dr * b, dr * a, dr])
fd = np.array([(f(*(np.array([a, b, c]) + eps * e)) - f(*(np.array([a, b, c]) - eps * e))) / (2 * eps)
               for e in np.eye(3)])
assert np.allclose(fd, grad, atol=1e-6)
parts.append(dict(id="5.3a", computable=True, family="computational graph forward", answer_kind="real",
                  answer=round(float(f(a, b, c)), 4), tolerance=0.001))
parts.append(dict(id="5.3b", computable=True, family="backprop through a small graph", answer_kind="vector",
                  answer=py(grad), tolerance=0.001))

# ---------------- Exercise 5.4 ----------------
def conv_transpose1d(x, w, stride):
    out = np.zeros((len(x) - 1) * stride + len(w))
    for i, xi in enumerate(x):
        out[i * stride:i * stride + len(w)] += xi * np.asarray(w, float)
    return out


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


parts.append(dict(id="5.4a", computable=True, family="1D transposed convolution by hand", answer_kind="vector",
                  answer=py(conv_transpose1d([1, 2, -1], [1, 0, 2], 2)), tolerance=0.001))
hb = convT_out(16, 4, 2, 1)
parts.append(dict(id="5.4b", computable=True, family="transposed conv output shape", answer_kind="shape",
                  answer=[8, 32, hb, hb], layout="NCHW"))
hc = convT_out(7, 3, 2, 1, op=1)
parts.append(dict(id="5.4c", computable=True, family="transposed conv output shape (output_padding)",
                  answer_kind="shape", answer=[8, 32, hc, hc], layout="NCHW"))
parts.append(dict(id="5.4d", computable=True, family="transposed conv parameter count", answer_kind="integer",
                  answer=int(64 * 32 * 4 * 4 + 32)))
he = int(np.ceil(33 / 2))        # TF/Keras 'same': ceil(n / stride)
parts.append(dict(id="5.4e", computable=True, family="'same' padding output shape (channels last)",
                  answer_kind="shape", answer=[1, he, he, 16], layout="NHWC"))
parts.append(dict(id="5.4f", computable=True, family="grouped conv parameter count", answer_kind="integer",
                  answer=int(128 * (64 // 4) * 3 * 3 + 128)))
parts.append(dict(id="5.4g", computable=False, why="explain and describe a remedy"))

doc = {"set": "stat-learning-hw5-macros", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
