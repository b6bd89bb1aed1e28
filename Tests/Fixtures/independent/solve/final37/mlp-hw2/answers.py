"""Recompute every answer of mlp-hw2 (problems.txt) with numpy and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def py(v):
    """numpy -> plain Python for YAML."""
    if isinstance(v, np.ndarray):
        return py(v.tolist())
    if isinstance(v, (list, tuple)):
        return [py(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        f = float(v)
        return int(f) if f.is_integer() else f
    if isinstance(v, np.bool_):
        return bool(v)
    return v


def add(pid, family, kind, answer, tolerance=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": py(answer)}
    if layout:
        d["layout"] = layout
    if tolerance is not None:
        d["tolerance"] = tolerance
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def r(v, n=4):
    return np.round(np.asarray(v, float), n)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, float)))


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


# ---------------- Q1: activations ----------------
zs = np.array([-1.0, 0.0, 2.0])
add("1a", "sigmoid", "vector", r(sigmoid(zs)), tolerance=0.001)
add("1b", "sigmoid derivative", "vector", r(sigmoid(zs) * (1 - sigmoid(zs))), tolerance=0.001)
add("1c", "tanh derivative", "real", round(float(1 - np.tanh(0.5) ** 2), 4), tolerance=0.001)
alpha = 1.0
elu = alpha * (np.exp(-1.0) - 1)
elu_d = alpha * np.exp(-1.0)
add("1d", "ELU value and derivative", "vector", r([elu, elu_d]), tolerance=0.001)
eps = 1e-6
derivs = {
    "A": None,                                                      # ReLU: not differentiable at 0
    "B": 1 - np.tanh(0.0) ** 2,
    "C": float(sigmoid(0.0) * (1 - sigmoid(0.0))),
    "D": (np.log1p(np.exp(eps)) - np.log1p(np.exp(-eps))) / (2 * eps),   # softplus
}
hits = [k for k, v in derivs.items() if v is not None and abs(v - 0.25) < 1e-6]
assert len(hits) == 1
add("1e", "activation derivative (multiple choice)", "choice", hits[0])

# ---------------- Q2: MLP forward pass ----------------
W1 = np.array([[1.0, 0.5], [-1.0, 2.0], [0.5, -1.0]])
b1 = np.array([0.0, 1.0, -0.5])
W2 = np.array([[1.0, -1.0, 2.0], [0.5, 1.0, -1.0]])
b2 = np.array([0.1, -0.2])
x = np.array([1.0, -2.0])
z1 = W1 @ x + b1
add("2a", "MLP hidden pre-activation", "vector", r(z1), tolerance=0.001)
h = np.maximum(z1, 0)
add("2b", "ReLU", "vector", r(h), tolerance=0.001)
s = W2 @ h + b2
add("2c", "MLP output scores", "vector", r(s), tolerance=0.001)
p = softmax(s)
add("2d", "softmax probabilities", "vector", r(p, 5), tolerance=0.0001)
add("2e", "cross-entropy loss", "real", round(float(-np.log(p[1])), 4), tolerance=0.001)
add("2f", "MLP parameter count", "integer", W1.size + b1.size + W2.size + b2.size)
add("2g", "MLP forward pass (tanh)", "vector", r(W2 @ np.tanh(z1) + b2), tolerance=0.001)

# ---------------- Q3: backprop through a sigmoid neuron ----------------
w1, w2, b = 0.5, -1.0, 0.2
x1, x2, t = 2.0, 1.0, 1.0
u = w1 * x1 + w2 * x2 + b
f = float(sigmoid(u))
L = (f - t) ** 2
add("3a", "sigmoid neuron forward", "real", round(f, 4), tolerance=0.001)
add("3b", "squared-error loss", "real", round(L, 4), tolerance=0.001)
dL_du = 2 * (f - t) * f * (1 - f)
add("3c", "backprop gradients (w1, w2, b)", "vector", r([dL_du * x1, dL_du * x2, dL_du]),
    tolerance=0.001)


def loss_x1(xx):
    return (float(sigmoid(w1 * xx + w2 * x2 + b)) - t) ** 2


num = (loss_x1(x1 + 1e-6) - loss_x1(x1 - 1e-6)) / 2e-6
assert abs(num - dL_du * w1) < 1e-6
add("3d", "backprop gradient (input)", "real", round(dL_du * w1, 4), tolerance=0.001)

# ---------------- Q4: losses ----------------
pred = np.array([2.5, 0.0, 2.1, 7.8])
targ = np.array([3.0, -0.5, 2.0, 7.0])
add("4a", "mean squared error", "real", round(float(np.mean((pred - targ) ** 2)), 4), tolerance=0.001)
pp = np.array([0.8, 0.3, 0.6])
yy = np.array([1, 0, 1])
bce = -np.mean(yy * np.log(pp) + (1 - yy) * np.log(1 - pp))
add("4b", "binary cross-entropy", "real", round(float(bce), 4), tolerance=0.001)
sc = np.array([3.2, 5.1, -1.7])
yi = 0
hinge = sum(max(0.0, sc[j] - sc[yi] + 1) for j in range(3) if j != yi)
add("4c", "multiclass hinge loss", "real", round(float(hinge), 4), tolerance=0.001)
add("4d", "binary hinge loss", "real", round(max(0.0, 1 - (-1) * 0.3), 4), tolerance=0.001)
skip("4e", "explain in words")

# ---------------- Q5 ----------------
# cross-correlation gives (-2, -2), flipped convolution gives (2, 2); the set never says which
skip("5", "ambiguous: 'convolve' is not defined in this set; flipped convolution gives "
          "(2, 2), cross-correlation (the deep-learning usage) gives (-2, -2)")

class Dumper(yaml.SafeDumper):
    pass


# mappings in block style, lists (vectors, shapes, matrix rows) in flow style
Dumper.add_representer(list, lambda d, v: d.represent_sequence(
    "tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(x, dict) for x in v)))

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump({"set": "mlp-hw2", "source": "problems.txt", "parts": parts}, f,
              Dumper=Dumper, sort_keys=False, default_flow_style=False, width=1000)
print(f"wrote {len(parts)} parts "
      f"({sum(p['computable'] for p in parts)} computable)")
