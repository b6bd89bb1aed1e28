"""Recompute every computable answer of hw3-convnets and write expected.yaml."""
import numpy as np

SET = "hw3-convnets"
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


def out_len(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    H = (X.shape[0] - kh) // stride + 1
    W = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
                      for j in range(W)] for i in range(H)])


# ---------------- Problem 1: output shapes (input 3 x 128 x 128) ----------------
H = 128
add("1a", "conv output shape", "shape", [16, out_len(H, 5, 1, 2), out_len(H, 5, 1, 2)], layout="CHW")
h = out_len(H, 7, 2, 3)
add("1b", "conv output shape (stride, padding)", "shape", [32, h, h], layout="CHW")
h = out_len(H, 7, 2, 0, 2)
add("1c", "conv output shape (dilation)", "shape", [32, h, h], layout="CHW")
h = out_len(H, 3, 2)
add("1d", "max pooling output shape", "shape", [3, h, h], layout="CHW")
h = (H - 1) * 2 - 2 * 1 + 4          # (n-1)s - 2p + k, no output_padding
add("1e", "transposed conv output shape", "shape", [8, h, h], layout="CHW")
h = int(np.ceil(H / 3))               # Keras 'same': ceil(n / s)
add("1f", "conv output shape ('same', Keras)", "shape", [10, h, h], layout="CHW")

# ---------------- Problem 2: convolution by hand ----------------
x = np.array([3, 1, -2, 0, 4, 2, -1], float)
w = np.array([1, -1, 2], float)
add("2a", "1D cross-correlation", "vector", corr1d(x, w))
add("2b", "1D cross-correlation (stride 2, padding 1)", "vector", corr1d(x, w, stride=2, pad=1))
add("2c", "1D true convolution (flipped kernel)", "vector", np.convolve(x, w, mode="valid"))
X = np.array([[1, 0, 2, 1], [0, 3, 1, 0], [2, 1, 0, 1], [1, 0, 1, 2]], float)
K = np.array([[1, -1], [0, 2]], float)
add("2d", "2D cross-correlation", "matrix", corr2d(X, K))
z = np.array([1, 2, -1], float)
kt = np.array([1, 0, 2], float)
s = 2
yt = np.zeros((len(z) - 1) * s + len(kt))
for i, zi in enumerate(z):
    yt[i * s:i * s + len(kt)] += zi * kt
add("2e", "1D transposed convolution", "vector", yt)
u = np.array([1, 2, 0, -1, 3], float)
v = np.array([0, 3, 4], float)
U = np.array([u[i:i + 3] for i in range(3)])
add("2f", "recover filter from input and output", "vector", np.linalg.solve(U, v), tol=1e-3)
skip("2g", "explain in words")

# ---------------- Problem 3: pooling ----------------
A = np.array([[1, 5, 2, 0], [3, 2, 4, 6], [7, 0, 1, 3], [2, 8, 5, 4]], float)
blocks = A.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
add("3a", "max pooling", "matrix", blocks.max(axis=2))
add("3b", "average pooling", "matrix", blocks.mean(axis=2), tol=1e-3)
add("3c", "global average pooling", "real", A.mean(), tol=1e-3)
G = np.array([[1, -2], [0.5, 3]])
dA = np.zeros_like(A)
for i in range(2):
    for j in range(2):
        win = A[2 * i:2 * i + 2, 2 * j:2 * j + 2]
        r, c = np.unravel_index(np.argmax(win), win.shape)
        dA[2 * i + r, 2 * j + c] += G[i, j]
add("3d", "max pooling backward", "matrix", dA, tol=1e-3)

# ---------------- Problem 4: small CNN ----------------
def conv_params(cin, cout, k):
    return cin * cout * k * k + cout

chans = [3, 32, 32, 64]
p = conv_params(3, 32, 3) + conv_params(32, 32, 3) + conv_params(32, 64, 3)
add("4a", "conv parameter count", "integer", p)
flat = 64 * 16 * 16                   # conv3 output after the 2x2 pool: 64 x 16 x 16
add("4b", "linear parameter count", "integer", flat * 10 + 10)
add("4c", "MACs of a conv layer", "integer", 32 * 32 * 32 * (32 * 3 * 3))
# receptive field: r += (k-1)*jump; jump *= stride
r, jump = 1, 1
for k, st in [(3, 1), (3, 1), (2, 2), (3, 1)]:
    r += (k - 1) * jump
    jump *= st
add("4d", "receptive field", "integer", r)
skip("4e", "discuss: give two reasons")


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
