"""Recompute every answer of ml-basics-md/problems.md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def clean(v, nd=4):
    r = np.round(np.asarray(v, dtype=float), nd) + 0.0
    def tidy(x):
        if isinstance(x, list):
            return [tidy(y) for y in x]
        return int(x) if float(x).is_integer() else x
    return tidy(r.tolist())


def add(id_, family, kind, answer, **extra):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


sigmoid = lambda t: 1.0 / (1.0 + np.exp(-t))


def softmax(t, axis=-1):
    t = np.asarray(t, float)
    e = np.exp(t - t.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---- 1. Activations ----
z = np.array([-2.0, 0.0, 1.5])
add("1a", "ReLU", "vector", clean(np.maximum(z, 0)))
nc("1b", "ambiguous: z contains 0, where ReLU is not differentiable and the set fixes no convention for ReLU'(0)")
add("1c", "sigmoid", "vector", clean(sigmoid(z)), tolerance=0.001)
s15 = sigmoid(1.5)
add("1d", "sigmoid derivative", "real", clean(s15 * (1 - s15)), tolerance=0.001)
add("1e", "tanh derivative", "real", clean(1 - np.tanh(-2.0) ** 2), tolerance=0.001)
add("1f", "softmax", "vector", clean(softmax(z)), tolerance=0.001)
derivs = {"A": s15 * (1 - s15), "B": 1 - np.tanh(1.5) ** 2, "C": sigmoid(1.5), "D": 1.0}
add("1g", "activation derivatives (multiple choice)", "choice", max(derivs, key=derivs.get))

# ---- 2. Losses ----
s = np.array([2.0, -1.0, 0.5])
y = 2  # third class, 0-based
p = softmax(s)
add("2a", "cross-entropy loss", "real", clean(-np.log(p[y])), tolerance=0.001)
onehot = np.eye(3)[y]
add("2b", "cross-entropy gradient wrt logits", "vector", clean(p - onehot), tolerance=0.001)
hinge = sum(max(0.0, s[j] - s[y] + 1.0) for j in range(3) if j != y)
add("2c", "multiclass hinge loss", "real", clean(hinge))

# ---- 3. MLP ----
W1 = np.array([[1, 2], [-1, 0], [0.5, 1]], float)
b1 = np.array([0, 1, -0.5], float)
W2 = np.array([[1, -1, 2]], float)
b2 = 0.5
x = np.array([2.0, 1.0])
t = 6.0
pre = W1 @ x + b1
assert not np.any(pre == 0)  # no ReLU'(0) ambiguity in this problem
a = np.maximum(pre, 0)
yhat = (W2 @ a + b2)[0]
add("3a", "MLP hidden activations", "vector", clean(a))
add("3b", "MLP forward output", "real", clean(yhat))
dy = yhat - t
add("3c", "MLP backprop, output weights", "vector", clean(dy * a))
db1 = dy * W2[0] * (pre > 0)
add("3d", "MLP backprop, hidden bias", "vector", clean(db1))
add("3e", "linear layers parameter count", "integer", int(784 * 256 + 256 + 256 * 10 + 10))

# ---- 4. Small graph ----
A_, B_, C_ = 2.0, -1.0, 4.0
q = A_ * B_ + C_
f = q ** 2
add("4a", "computational graph forward", "real", clean(f))
add("4b", "computational graph gradient", "vector", clean([2 * q * B_, 2 * q * A_, 2 * q]))
nc("4c", "sketch the graph")

# ---- 5. Attention ----
Q = np.array([[1, 0], [0, 1]], float)
Kk = np.array([[1, 1], [0, 2], [1, -1]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
S = Q @ Kk.T / np.sqrt(2)
Aw = softmax(S, axis=1)
add("5a", "attention scores", "matrix", clean(S), tolerance=0.001)
add("5b", "attention weights", "matrix", clean(Aw), tolerance=0.001)
add("5c", "attention output", "matrix", clean(Aw @ V), tolerance=0.001)
nc("5d", "explain in words")


class Dumper(yaml.SafeDumper):
    pass


def _list(dumper, value):
    flow = not any(isinstance(x, dict) for x in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


Dumper.add_representer(list, _list)
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump({"set": "ml-basics-md", "source": "problems.md", "parts": parts}, f,
              Dumper=Dumper, sort_keys=False, default_flow_style=False, width=200)
