"""Compute every answer of hw2-convnets and write expected.yaml."""
import numpy as np
import yaml

parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def noncomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def _clean(v, nd):
    v = round(float(v), nd) + 0.0          # also turns -0.0 into 0.0
    return int(v) if v == int(v) else v


def r(a, nd=4):
    a = np.asarray(a, dtype=float)
    if a.ndim == 0:
        return _clean(a, nd)
    return [r(row, nd) for row in a]


def emit(doc, path):
    """Write YAML: one block mapping per part, answers as flow lists."""
    def val(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        if isinstance(v, int):
            return repr(v)
        if isinstance(v, float):
            t = repr(v)
            if "e" in t or "E" in t:                # PyYAML needs 0.000001, not 1e-06
                t = ("%.12f" % v).rstrip("0")
            return t
        return yaml.safe_dump(v, default_style=None, width=10000).strip().removesuffix("...").strip()
    lines = ["set: " + doc["set"], "source: " + doc["source"], "parts:"]
    for p in doc["parts"]:
        first = True
        for k, v in p.items():
            lines.append(("  - " if first else "    ") + k + ": " + val(v))
            first = False
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == doc, "emitter round-trip failed"
    with open(path, "w") as f:
        f.write(text)
    return text


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


# ---------------- Problem 1 ----------------
N, H = 8, 64
h1 = conv_out(H, 5, 1, 2)
add("1a", "conv output shape", "shape", [N, 32, h1, h1], layout="NCHW")
hp = conv_out(h1, 2, 2)            # MaxPool2d(2): kernel 2, stride 2
h2 = conv_out(hp, 3, 2, 1)
add("1b", "conv output shape (stride, padding)", "shape", [64, h2, h2], layout="CHW")
h3 = conv_out(h2, 3, 1, 0, 2)
add("1c", "conv output shape (dilation)", "shape", [64, h3, h3], layout="CHW")
h4 = conv_out(h3, 3, 2)
add("1d", "avg pooling output shape", "shape", [64, h4, h4], layout="CHW")
h5 = tconv_out(h4, 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [16, h5, h5], layout="CHW")
# same padding for k=3, d=2, s=1: find p with conv_out(n)=n
pads = [p for p in range(0, 10) if conv_out(h2, 3, 1, p, 2) == h2]
assert len(pads) == 1
add("1f", "same padding with dilation", "integer", pads[0])
noncomp("1g", "explain in words")

# ---------------- Problem 2 ----------------
def xcorr1d(x, w, s=1, p=0):
    x = np.pad(np.asarray(x, float), p)
    k = len(w)
    n = (len(x) - k) // s + 1
    return np.array([np.dot(x[i * s:i * s + k], w) for i in range(n)])


def xcorr2d(X, K, s=1, p=0):
    X = np.pad(np.asarray(X, float), p)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // s + 1
    ow = (X.shape[1] - kw) // s + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K)
    return Y


x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add("2a", "1D cross-correlation", "vector", r(xcorr1d(x, w)))
add("2b", "1D cross-correlation stride padding", "vector", r(xcorr1d(x, w, s=2, p=1)))

X = np.array([[1, 2, 0, 3], [4, -1, 2, 1], [0, 3, 1, -2], [2, 1, 0, 1]], float)
K = np.array([[1, 0, -1], [2, 1, 0], [0, -1, 1]], float)
add("2c", "2D cross-correlation", "matrix", r(xcorr2d(X, K)))
add("2d", "2D cross-correlation stride padding", "matrix", r(xcorr2d(X, K, s=2, p=1)))
mp = X.reshape(2, 2, 2, 2).max(axis=(1, 3))
add("2e", "max pooling", "matrix", r(mp))
add("2f", "global average pooling", "real", r(X.mean()), tol=0.001)

Z = np.array([[1, 0, 2], [3, 1, 0], [0, 2, 1]], float)
Y = np.array([[3, -2], [7, 3]], float)
A = np.array([Z[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
assert abs(np.linalg.det(A)) > 1e-9
Wrec = np.linalg.solve(A, Y.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(Z, Wrec), Y)
add("2g", "recover filter from input and output", "matrix", r(Wrec))

u = np.array([1, 2, -1], float)
kt = np.array([1, -1, 2], float)
st = 2
out = np.zeros(tconv_out(len(u), len(kt), st))
for i, ui in enumerate(u):
    out[i * st:i * st + len(kt)] += ui * kt
add("2h", "1D transposed convolution", "vector", r(out))

# ---------------- Problem 3 ----------------
cin, cout, k, hw = 64, 128, 3, 56
add("3a", "conv parameter count", "integer", cin * cout * k * k + cout)
add("3b", "depthwise separable parameter count", "integer", (cin * k * k + cin) + (cin * cout + cout))
g = 4
add("3c", "grouped conv parameter count", "integer", cout * (cin // g) * k * k + cout)
add("3d", "conv MACs", "integer", hw * hw * cout * cin * k * k)

# ---------------- Problem 4 ----------------
def rf(layers):
    r_, j = 1, 1
    for kk, ss, dd in layers:
        keff = dd * (kk - 1) + 1
        r_ += (keff - 1) * j
        j *= ss
    return r_


stack = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]
rf_a = rf(stack)
add("4a", "receptive field", "integer", rf_a)
stack2 = [(3, 1, 1), (3, 1, 1), (3, 2, 1), (3, 1, 1), (3, 1, 2)]
add("4b", "receptive field comparison", "boolean", bool(rf(stack2) > rf_a))
noncomp("4c", "discuss effective receptive field")

doc = {"set": "hw2-convnets", "source": "problems.tex", "parts": parts}
print(emit(doc, "expected.yaml"))
