"""Expected answers for midterm_review_exam (computed with numpy)."""
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


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def xcorr2d(X, K, stride=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


def ints(a):
    a = np.asarray(a, float)
    assert np.allclose(a, np.round(a))
    return np.round(a).astype(int).tolist()


# ---------------- Question 1 ----------------
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -1], float)
add("1a", "1D cross-correlation", "vector", ints(xcorr1d(x, w)))
add("1b", "1D convolution (flipped kernel)", "vector", ints(xcorr1d(x, w[::-1])))
add("1c", "1D cross-correlation with padding and stride", "vector", ints(xcorr1d(x, w, stride=2, pad=1)))
z = np.array([1, 2, -1], float)
s = 2
L = (len(z) - 1) * s + len(w)
yT = np.zeros(L)
for i, zi in enumerate(z):
    yT[i * s:i * s + len(w)] += zi * w
add("1d.i", "transposed convolution output length", "integer", L)
add("1d.ii", "1D transposed convolution", "vector", ints(yT))

# ---------------- Question 2 ----------------
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]], float)
K = np.array([[1, -1], [0, 2]], float)
Y = xcorr2d(X, K)
add("2a", "2D cross-correlation", "matrix", ints(Y))
add("2b", "2D cross-correlation with stride", "matrix", ints(xcorr2d(X, K, stride=2)))
add("2c", "max pooling", "matrix", ints(pool2d(X, 2, 2, np.max)))
add("2d", "average pooling", "matrix", r(pool2d(X, 2, 2, np.mean)), tolerance=0.001)
add("2e", "global average pooling", "real", round(float(Y.mean()), 4), tolerance=0.001)
skip("2f", "ambiguous: the question does not say whether to use the population (1/N) or sample (1/(N-1)) variance")
skip("2g", "explain in words")

# ---------------- Question 3 ----------------
xr = np.array([1, 2, 0, -1, 3], float)
yr = np.array([0, 3, 4], float)
M = np.array([xr[i:i + 3] for i in range(3)])
w_rec = np.linalg.solve(M, yr)
add("3a", "recover 1D filter", "vector", ints(w_rec))
A = np.array([[1, 0, 2], [2, 1, 0], [0, 1, 1]], float)
B = np.array([[-1, 3], [4, 0]], float)
rows = [A[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)]
G = np.linalg.solve(np.array(rows), B.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(A, G), B)
add("3b", "recover 2D filter", "matrix", ints(G))
# true convolution: y = x (star) flip(w'), so w' = reverse(w_rec)
w_conv = np.linalg.solve(M, yr)[::-1]
assert np.allclose(xcorr1d(xr, w_conv[::-1]), yr)
add("3c", "convolution vs correlation (filter recovery)", "boolean", bool(np.allclose(w_conv, w_rec[::-1])))

# ---------------- Question 4 ----------------
h = np.array([2.0, -1.0, 0.5, 3.0])
p = 0.25
m = np.array([1, 0, 1, 1], float)
add("4a", "inverted dropout (training)", "vector", r(h * m / (1 - p)), tolerance=0.001)
add("4b", "classic dropout (test time)", "vector", r(h * (1 - p)), tolerance=0.001)
v = 3.0
EY = (1 - p) * v / (1 - p)
EY2 = (1 - p) * (v / (1 - p)) ** 2
add("4c", "dropout variance", "real", round(EY2 - EY ** 2, 4), tolerance=0.001)


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


add("4d", "sigmoid derivative", "real", round(float(sigmoid(0.5) * (1 - sigmoid(0.5))), 6), tolerance=0.0001)
add("4e", "tanh derivative", "real", round(float(1 - np.tanh(1.0) ** 2), 6), tolerance=0.0001)
eps = 1e-6
derivs = {
    "A": (max(eps, 0) - max(-eps, 0)) / (2 * eps),  # ReLU (central difference)
    "B": (np.tanh(eps) - np.tanh(-eps)) / (2 * eps),
    "C": (sigmoid(eps) - sigmoid(-eps)) / (2 * eps),
    "D": (np.log1p(np.exp(eps)) - np.log1p(np.exp(-eps))) / (2 * eps),
}
choice = [k for k, dv in derivs.items() if abs(dv - 0.25) < 1e-6]
assert len(choice) == 1
add("4f", "activation derivative at zero", "choice", choice[0])
skip("4g", "explain in words")


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
emit("midterm_review_exam", "problems.tex", parts)
