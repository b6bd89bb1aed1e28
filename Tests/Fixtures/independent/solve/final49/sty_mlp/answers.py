"""Compute every computable answer of sty_mlp/problems.tex with numpy; write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


class _Dumper(yaml.SafeDumper):
    pass


def _repr_list(dumper, data):
    flow = all(not isinstance(v, (list, dict)) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _repr_list)


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def num(v, nd=None):
    """numpy array/scalar -> plain Python numbers (ints where exact), rounded to nd places."""
    a = np.asarray(v, dtype=float)
    if nd is not None:
        a = np.round(a, nd)
    def clean(u):
        if isinstance(u, list):
            return [clean(w) for w in u]
        u = float(u) + 0.0
        return int(u) if u.is_integer() else u
    return clean(a.tolist())


def write(setname, source):
    ids = [p["id"] for p in parts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "expected.yaml"), "w") as f:
        yaml.dump({"set": setname, "source": source, "parts": parts}, f, Dumper=_Dumper,
                  sort_keys=False, default_flow_style=False, width=200)
    print(len(parts), "parts,", sum(p["computable"] for p in parts), "computable")

ND, TOL = 4, 1e-3   # the set asks for four decimal places


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


# ---- Problem 1: batch norm (biased variance, eps = 0 unless given)
gamma, beta = 2.0, 0.5
x = np.array([1, 3, 4, 8], float)
mu, var = x.mean(), x.var()          # np.var is biased (ddof=0)
xhat = (x - mu) / np.sqrt(var + 0.0)
y = gamma * xhat + beta
add("1a", "batch norm forward (normalized values)", "vector", num(xhat, ND), tol=TOL)
add("1b", "batch norm forward (output)", "vector", num(y, ND), tol=TOL)
dy = np.array([1, 0, -1, 2], float)
add("1c", "batch norm gradient wrt gamma", "real", num(np.sum(dy * xhat), ND), tol=TOL)
Nb = len(x)
dx = gamma / (Nb * np.sqrt(var)) * (Nb * dy - dy.sum() - xhat * np.sum(dy * xhat))
# check against a finite difference of L = sum(dy * y(x))
def bn_out(xx):
    return gamma * (xx - xx.mean()) / np.sqrt(xx.var()) + beta
fd = np.array([(np.sum(dy * bn_out(x + 1e-6 * np.eye(4)[i])) - np.sum(dy * bn_out(x - 1e-6 * np.eye(4)[i]))) / 2e-6
               for i in range(4)])
assert np.allclose(fd, dx, atol=1e-5)
add("1d", "batch norm gradient wrt input", "vector", num(dx, ND), tol=TOL)
eps = 1e-5
x1 = np.array([3.0])
y1 = gamma * (x1 - x1.mean()) / np.sqrt(x1.var() + eps) + beta
add("1e", "batch norm forward (batch of one)", "real", num(y1[0], ND), tol=TOL)
dy1 = np.array([4.0])
N1 = 1
xh1 = (x1 - x1.mean()) / np.sqrt(x1.var() + eps)
dx1 = gamma / (N1 * np.sqrt(x1.var() + eps)) * (N1 * dy1 - dy1.sum() - xh1 * np.sum(dy1 * xh1))
add("1f", "batch norm gradient (batch of one)", "real", num(dx1[0], ND), tol=TOL)
h = np.array([2, -1, 0, 3], float)
add("1g", "layer norm forward", "vector", num((h - h.mean()) / np.sqrt(h.var()), ND), tol=TOL)

# ---- Problem 2: dropout and activations
a = np.array([1.0, -2.0, 0.5, 3.0])
drop = 0.2
keep = 1 - drop
m = np.array([1, 0, 1, 1], float)
add("2a", "inverted dropout (training)", "vector", num(a * m / keep, ND), tol=TOL)
add("2b", "classic dropout (test time scaling)", "vector", num(a * keep, ND), tol=TOL)
z = np.array([-2, 0.5, 1], float)
add("2c", "sigmoid derivative", "vector", num(sigmoid(z) * (1 - sigmoid(z)), ND), tol=TOL)
add("2d", "tanh derivative", "vector", num(1 - np.tanh(z) ** 2, ND), tol=TOL)
grid = np.linspace(-10, 10, 200001)
maxd = {"A": np.max((grid > 0).astype(float)),
        "B": np.max(1 - np.tanh(grid) ** 2),
        "C": np.max(sigmoid(grid) * (1 - sigmoid(grid))),
        "D": np.max(np.where(grid > 0, 1.0, 0.01))}
add("2e", "activation derivative bound (multiple choice)", "choice",
    [k for k, v in maxd.items() if abs(v - 0.25) < 1e-9][0])
nc("2f", "explain in words")

# ---- Problem 3: softmax and losses, true label = second class (index 1)
zl = np.array([2.0, 1.0, -1.0, 0.5])
yi = 1
p = softmax(zl)
add("3a", "softmax", "vector", num(p, ND), tol=TOL)
add("3b", "cross-entropy loss", "real", num(-np.log(p[yi]), ND), tol=TOL)
onehot = np.eye(4)[yi]
add("3c", "cross-entropy gradient wrt logits", "vector", num(p - onehot, ND), tol=TOL)
margins = np.maximum(0, zl - zl[yi] + 1)
margins[yi] = 0
add("3d", "multi-class hinge loss", "real", num(margins.sum(), ND), tol=TOL)
ce_shift = -np.log(softmax(zl + 10)[yi])
add("3e", "softmax shift invariance (true/false)", "boolean", bool(abs(ce_shift - (-np.log(p[yi]))) > 1e-9))

# ---- Problem 4: tiny MLP, ReLU'(0) = 0
W1 = np.array([[1, 2], [0, -1], [2, 1]], float)
b1 = np.array([0, 1, -1], float)
W2 = np.array([[1, -1, 2]], float)
b2 = 0.5
xv = np.array([1, -1], float)
t = 2.0
pre = W1 @ xv + b1
hv = np.maximum(pre, 0)
yhat = (W2 @ hv)[0] + b2
L = 0.5 * (yhat - t) ** 2
add("4a", "MLP forward (hidden activations)", "vector", num(hv, ND), tol=TOL)
add("4b", "MLP forward (output)", "real", num(yhat, ND), tol=TOL)
add("4c", "MSE loss", "real", num(L, ND), tol=TOL)
dyhat = yhat - t
add("4d", "backprop gradient wrt W2", "matrix", num(dyhat * hv[None, :], ND), tol=TOL)
dh = dyhat * W2[0]
dpre = dh * (pre > 0)                 # ReLU'(0) = 0
add("4e", "backprop gradient wrt input", "vector", num(W1.T @ dpre, ND), tol=TOL)
xs, ys, zs = -2.0, 5.0, 4.0
q = xs + ys
mx = max(ys, zs)
df_dq, df_dm = mx, q
grad = [df_dq, df_dq + df_dm * (ys > zs), df_dm * (zs > ys)]
add("4f", "backprop through a small graph", "vector", num(grad, ND), tol=TOL)
nc("4g", "derive a general formula")

write("sty_mlp", "problems.tex")
