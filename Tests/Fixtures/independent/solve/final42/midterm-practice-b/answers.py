"""Recompute every computable answer of midterm-practice-b and write expected.yaml."""
import numpy as np

SET = "midterm-practice-b"
SOURCE = "problems.tex"
parts = []


def clean(v):
    """numpy -> plain python, rounding reals to 4 decimals."""
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, (bool, np.bool_)):
            return bool(x)
        x = round(float(x), 4) + 0.0   # + 0.0 turns -0.0 into 0.0
        if x.is_integer():
            return int(x)
        return x
    return [clean(e) for e in a]


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer) if kind not in ("choice", "choices") else answer}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Question 1: parameter counts (PyTorch defaults) ----------------
def conv(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def rnn(gates, inp, hid, layers=1, bidirectional=False):
    dirs = 2 if bidirectional else 1
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid * dirs
        # weight_ih, weight_hh, bias_ih, bias_hh (PyTorch keeps two bias vectors)
        total += dirs * gates * (hid * i + hid * hid + hid + hid)
    return total


add("1a", "conv parameter count", "integer", conv(48, 96, 3))
add("1b", "depthwise separable parameter count", "integer", conv(48, 48, 3, groups=48) + conv(48, 96, 1))
add("1c", "grouped conv parameter count", "integer", conv(64, 128, 3, groups=4, bias=False))
add("1d", "embedding parameter count", "integer", 30000 * 512)
add("1e", "LSTM parameter count", "integer", rnn(4, 128, 256, layers=2))
add("1f", "GRU parameter count (bidirectional)", "integer", rnn(3, 64, 32, bidirectional=True))
E = 256
add("1g", "multi-head attention parameter count", "integer", 3 * E * E + 3 * E + E * E + E)
bn_params = 2 * 64                    # gamma and beta; running mean/var are buffers
opts = {"A": 64, "B": 128, "C": 256, "D": 0}
add("1h", "batch norm parameter count", "choice", [k for k, v in opts.items() if v == bn_params][0])
add("1i", "layer norm parameter count", "integer", 2 * 512)   # elementwise_affine=True: weight + bias

# ---------------- Question 2: batch normalization ----------------
x = np.array([1, 3, 4, 8], float)
gamma, beta, eps = 2.0, -1.0, 0.0
m = len(x)
mu = x.mean()
var = x.var()                         # biased
add("2a", "batch norm statistics", "vector", [mu, var], tol=1e-3)
sig = np.sqrt(var + eps)
xhat = (x - mu) / sig
y = gamma * xhat + beta
add("2b", "batch norm forward", "vector", y, tol=1e-3)
g = np.array([1, -1, 0, 2], float)
add("2c.i", "batch norm gradient (beta)", "real", g.sum(), tol=1e-3)
add("2c.ii", "batch norm gradient (gamma)", "real", (g * xhat).sum(), tol=1e-3)
dxhat = g * gamma
dx = (m * dxhat - dxhat.sum() - xhat * (dxhat * xhat).sum()) / (m * sig)
add("2c.iii", "batch norm gradient (input)", "vector", dx, tol=1e-3)
x1 = np.array([7.0])
xh1 = (x1 - x1.mean()) / np.sqrt(x1.var() + 1e-5)
add("2d", "batch norm forward (batch of one)", "real", (gamma * xh1 + beta)[0], tol=1e-3)
# gradient for m = 1 with an arbitrary upstream gradient
g1 = np.array([3.7]) * gamma
dx1 = (1 * g1 - g1.sum() - xh1 * (g1 * xh1).sum()) / (1 * np.sqrt(x1.var() + 1e-5))
add("2e", "batch norm gradient (batch of one)", "boolean", bool(np.allclose(dx1, 0)))
h = np.array([2, 4, 6, 8], float)
add("2f", "layer norm forward", "vector", (h - h.mean()) / h.std(), tol=1e-3)
skip("2g", "derive a general formula")

# ---------------- Question 3: dropout ----------------
h = np.array([2.0, 0.5, 3.0, 1.0])
p = 0.25
mask = np.array([1, 0, 1, 1], float)
add("3a", "inverted dropout (training)", "vector", h * mask / (1 - p), tol=1e-3)
add("3b", "classic dropout (test time)", "vector", h * (1 - p), tol=1e-3)
ev = (1 - p) * h[0] / (1 - p)
opts = {"A": 1.5, "B": 2.0, "C": 2.667, "D": 0.5}
add("3c", "dropout expectation", "choice", min(opts, key=lambda k: abs(opts[k] - ev)))
skip("3d", "explain in words")


# ---------------- write YAML ----------------
def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(fmt(e) for e in v) + "]"
    if isinstance(v, str):
        return '"' + v + '"' if not v.isalnum() else v
    return repr(v)


lines = [f"set: {SET}", f"source: {SOURCE}", "parts:"]
for d in parts:
    lines.append(f"  - id: {fmt(d['id']) if not d['id'].isalnum() else d['id']}")
    for key in ("computable", "family", "answer_kind", "answer", "layout", "tolerance", "why"):
        if key in d:
            val = d[key]
            if key in ("family", "why"):
                val = '"' + val + '"'
            else:
                val = fmt(val)
            lines.append(f"    {key}: {val}")
with open("expected.yaml", "w") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
