"""Expected answers for ps5_norm_attention (computed with numpy)."""
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

# ---------------- Exercise 5.1 ----------------
x = np.array([1, 3, 5, 7], float)
gamma, beta, eps = 2.0, 0.5, 0.0
mu = x.mean()
var = ((x - mu) ** 2).mean()
xhat = (x - mu) / np.sqrt(var + eps)
y = gamma * xhat + beta
add("5.1a", "batch norm forward", "vector", r(y), tolerance=TOL)
g = np.array([1, 0, 0, -1], float)
dgamma = np.sum(g * xhat)
dbeta = np.sum(g)
add("5.1b", "batch norm gradient (gamma, beta)", "vector", r([dgamma, dbeta]), tolerance=TOL)
N = len(x)
dxhat = g * gamma
dx = (1.0 / np.sqrt(var + eps)) * (dxhat - dxhat.mean() - xhat * np.mean(dxhat * xhat))
# check against finite differences of L = sum(g * y)


def bn_loss(xx):
    m = xx.mean()
    v = ((xx - m) ** 2).mean()
    return np.sum(g * (gamma * (xx - m) / np.sqrt(v + eps) + beta))


fd = np.array([(bn_loss(x + 1e-6 * e) - bn_loss(x - 1e-6 * e)) / 2e-6 for e in np.eye(N)])
assert np.allclose(fd, dx, atol=1e-5)
add("5.1c", "batch norm gradient (input)", "vector", r(dx), tolerance=TOL)
x1 = np.array([4.0])
eps1 = 1e-5
xh1 = (x1 - x1.mean()) / np.sqrt(((x1 - x1.mean()) ** 2).mean() + eps1)
add("5.1d.i", "batch norm forward (batch of one)", "real", round(float(gamma * xh1[0] + beta), 4), tolerance=TOL)
# gradient for N = 1: dxhat - mean(dxhat) = 0 and xhat = 0, so dL/dx = 0
d1 = np.array([3.0]) * gamma
dx1 = (1.0 / np.sqrt(0.0 + eps1)) * (d1 - d1.mean() - xh1 * np.mean(d1 * xh1))
add("5.1d.ii", "batch norm gradient (batch of one)", "real", round(float(dx1[0]), 4) + 0.0, tolerance=TOL)
hv = np.array([1, 2, 4, 9], float)
ln = (hv - hv.mean()) / np.sqrt(((hv - hv.mean()) ** 2).mean())
add("5.1e", "layer norm forward", "vector", r(ln), tolerance=TOL)

# ---------------- Exercise 5.2 ----------------
z = np.array([2.0, 1.0, 0.1])


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


p = softmax(z)
add("5.2a", "softmax", "vector", r(p), tolerance=TOL)
add("5.2b", "cross-entropy loss", "real", round(float(-np.log(p[0])), 4), tolerance=TOL)
onehot = np.array([1.0, 0.0, 0.0])
add("5.2c", "cross-entropy gradient wrt logits", "vector", r(p - onehot), tolerance=TOL)
yc = 1
hinge = sum(max(0.0, z[j] - z[yc] + 1.0) for j in range(3) if j != yc)
add("5.2d", "multiclass hinge loss", "real", round(float(hinge), 4), tolerance=TOL)
skip("5.2e", "explain and prove")

# ---------------- Exercise 5.3 ----------------
W1 = np.array([[1, 0.5], [-1, 2], [0, 1]])
b1 = np.array([0, 1, -2], float)
W2 = np.array([[1, -1, 2]], float)
b2 = 0.5
xv = np.array([2.0, 1.0])
t = 3.0
pre = W1 @ xv + b1
assert np.all(pre != 0)  # ReLU derivative well defined
h = np.maximum(pre, 0)
yhat = float((W2 @ h)[0] + b2)
L = 0.5 * (yhat - t) ** 2
add("5.3a", "MLP forward (hidden layer)", "vector", r(h), tolerance=TOL)
add("5.3b", "MLP loss", "real", round(L, 4), tolerance=TOL)
dy = yhat - t
add("5.3c", "MLP backprop (output weights)", "vector", r(dy * h), tolerance=TOL)
dh = dy * W2[0]
dpre = dh * (pre > 0)
add("5.3d", "MLP backprop (hidden bias)", "vector", r(dpre), tolerance=TOL)
a, b, c, d = 3.0, -1.0, 4.0, 2.0
u = a * b
v = u + c
assert v != 0
f = d * max(v, 0.0)
df_dv = d * (1.0 if v > 0 else 0.0)
grads = [df_dv * b, df_dv * a, df_dv, max(v, 0.0)]
add("5.3e", "backprop through computational graph", "vector", r(grads), tolerance=TOL)

# ---------------- Exercise 5.4 ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 1], [0, 1], [1, 0]], float)
V = np.array([[1, 2], [3, 4], [5, 6]], float)
S = Q @ K.T / np.sqrt(2)
add("5.4a", "attention scores", "matrix", r(S), tolerance=TOL)
A = np.array([softmax(row) for row in S])
add("5.4b", "attention weights", "matrix", r(A), tolerance=TOL)
add("5.4c", "attention output", "matrix", r(A @ V), tolerance=TOL)
E = 512
mha = 3 * E * E + 3 * E + E * E + E  # in_proj weight+bias, out_proj weight+bias
add("5.4d", "multi-head attention parameter count", "integer", mha)


def lstm_params(i, hdim, layers):
    tot = 0
    for l in range(layers):
        inp = i if l == 0 else hdim
        tot += 4 * (hdim * inp + hdim * hdim + 2 * hdim)
    return tot


add("5.4e", "LSTM parameter count", "integer", lstm_params(100, 200, 2))
skip("5.4f", "explain in words")


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
emit("ps5_norm_attention", "problems.tex", parts)
