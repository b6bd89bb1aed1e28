"""Recompute every numeric answer of problems.tex and write expected.yaml."""
import numpy as np
import yaml

out = []


def add(pid, family, kind, answer, tol=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        e["tolerance"] = tol
    out.append(e)


def nc(pid, why):
    out.append({"id": pid, "computable": False, "why": why})


def tolist(a, nd=4):
    r = np.round(np.asarray(a, float), nd).tolist()

    def fix(v):
        if isinstance(v, list):
            return [fix(t) for t in v]
        v = 0.0 if v == 0 else v
        return int(v) if float(v).is_integer() else v
    return fix(r)


def rnd(v, nd=4):
    return float(round(float(v), nd))


# ---------------- Question 1: batch norm ----------------
X = np.array([[1, 4], [3, 0], [5, 2], [7, 6]], float)
gamma = np.array([2, 1], float)
beta = np.array([0, -1], float)
eps = 0.0
N = X.shape[0]


def bn_forward(X, gamma, beta, eps):
    mu = X.mean(0)
    var = X.var(0)  # biased (ddof=0)
    xhat = (X - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta, mu, var, xhat


Y, mu, var, xhat = bn_forward(X, gamma, beta, eps)
add("1a", "batch norm mean", "vector", tolist(mu))
add("1b", "batch norm variance (biased)", "vector", tolist(var))
add("1c", "batch norm output", "matrix", tolist(Y), tol=0.001)
G = np.array([[1, 0], [0, 2], [0, 0], [-1, 1]], float)
dbeta = G.sum(0)
dgamma = (G * xhat).sum(0)
add("1d.i", "batch norm gradient beta", "vector", tolist(dbeta))
add("1d.ii", "batch norm gradient gamma", "vector", tolist(dgamma), tol=0.001)
dxhat = G * gamma
dX = (1.0 / N) / np.sqrt(var + eps) * (N * dxhat - dxhat.sum(0) - xhat * (dxhat * xhat).sum(0))
# numerical check of dX with L = sum(G * Y)
num = np.zeros_like(X)
hstep = 1e-6
for i in range(N):
    for j in range(2):
        Xp = X.copy(); Xp[i, j] += hstep
        Xm = X.copy(); Xm[i, j] -= hstep
        num[i, j] = (np.sum(G * bn_forward(Xp, gamma, beta, eps)[0]) -
                     np.sum(G * bn_forward(Xm, gamma, beta, eps)[0])) / (2 * hstep)
assert np.allclose(num, dX, atol=1e-5), (num, dX)
add("1e", "batch norm input gradient", "matrix", tolist(dX), tol=0.001)
x1 = np.array([[3, -2]], float)
Y1 = bn_forward(x1, gamma, beta, 1e-5)[0]
add("1f", "batch norm single-example batch output", "vector", tolist(Y1[0]))
# gradient for a batch of one: xhat = 0 identically, so output == beta for every x
Gr = np.array([[0.7, -1.3]])
num1 = []
for j in range(2):
    xp = x1.copy(); xp[0, j] += 1e-3
    xm = x1.copy(); xm[0, j] -= 1e-3
    num1.append((np.sum(Gr * bn_forward(xp, gamma, beta, 1e-5)[0]) -
                 np.sum(Gr * bn_forward(xm, gamma, beta, 1e-5)[0])) / 2e-3)
assert np.allclose(num1, 0)
add("1g", "batch norm single-example batch gradient", "vector", tolist(np.zeros(2)))

# ---------------- Question 2: activations ----------------
z = np.array([-1, 0, 2], float)
sig = 1 / (1 + np.exp(-z))
add("2a", "sigmoid derivative", "vector", tolist(sig * (1 - sig)), tol=0.001)
add("2b", "tanh derivative", "vector", tolist(1 - np.tanh(z) ** 2), tol=0.001)


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


sm = softmax(z)
add("2c", "softmax", "vector", tolist(sm), tol=0.001)
cands = {"A": sm + 100, "B": sm, "C": 100 * sm, "D": np.exp(100.0) * sm}
target = softmax(z + 100)
hits = [k for k, v in cands.items() if np.allclose(v, target)]
assert hits == ["B"]
add("2d", "softmax shift invariance", "choice", hits[0])
nc("2e", "explain in words (dying ReLU) and name a remedy")

# ---------------- Question 3: losses ----------------
s = np.array([2.0, 1.0, -1.0])
p = softmax(s)
y = 0
add("3a", "softmax cross-entropy", "real", rnd(-np.log(p[y])), tol=0.001)
onehot = np.eye(3)[y]
add("3b", "cross-entropy gradient wrt logits", "vector", tolist(p - onehot), tol=0.001)
y2 = 1
hinge = sum(max(0.0, s[j] - s[y2] + 1.0) for j in range(3) if j != y2)
add("3c", "multiclass hinge loss", "real", rnd(hinge), tol=0.001)
pred = np.array([0.5, 2.0, -1.0]); tgt = np.array([1, 1, 0], float)
add("3d", "mean squared error", "real", rnd(np.mean((pred - tgt) ** 2)), tol=0.001)
pb, yb = 0.8, 0
add("3e", "binary cross-entropy", "real", rnd(-(yb * np.log(pb) + (1 - yb) * np.log(1 - pb))), tol=0.001)

# ---------------- Question 4: dropout ----------------
h = np.array([2.0, -1.0, 0.5, 3.0])
m = np.array([1, 0, 1, 1], float)
drop = 0.25
keep = 1 - drop
add("4a", "inverted dropout training output", "vector", tolist(h * m / keep), tol=0.001)
add("4b", "classic dropout test-time scaling", "vector", tolist(h * keep), tol=0.001)
# E[m_i / keep * h_i] = h_i  (test-time output of inverted dropout is h)
add("4c", "dropout expectation", "boolean", bool(np.isclose(keep * 1 / keep, 1.0)))
nc("4d", "ambiguous: p = 0.8 may be the keep probability (Srivastava et al. / CS231n) or the "
         "drop probability (PyTorch nn.Dropout), giving h*m/0.8 or h*m/0.2")

doc = {"set": "norm-loss-exam", "source": "problems.tex", "parts": out}
with open("expected.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=None, width=100)
print(yaml.safe_dump(doc, sort_keys=False, default_flow_style=None, width=100))
