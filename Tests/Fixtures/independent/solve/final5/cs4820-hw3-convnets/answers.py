"""Recompute every numeric answer of Homework 3 and write expected.yaml."""
import numpy as np
import yaml

SET = "cs4820-hw3-convnets"
parts = []


def clean(v):
    if isinstance(v, np.ndarray):
        return clean(v.tolist())
    if isinstance(v, (list, tuple)):
        return [clean(e) for e in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = round(float(v), 6)
        return int(f) if f == int(f) and abs(f) < 1e12 else f
    return v


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind,
         "answer": clean(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ np.asarray(w, float)
                     for i in range(0, len(x) - k + 1, stride)])


def corr2d(X, K):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    H, W = X.shape[0] - kh + 1, X.shape[1] - kw + 1
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K) for j in range(W)] for i in range(H)])


def pool2d(X, k, s, op):
    X = np.asarray(X, float)
    H, W = (X.shape[0] - k) // s + 1, (X.shape[1] - k) // s + 1
    return np.array([[op(X[i * s:i * s + k, j * s:j * s + k]) for j in range(W)] for i in range(H)])


# ---------------- Problem 1: output shapes, input 3 x 128 x 128
H = 128
h_a = conv_out(H, 5, p=2)
add("1a", "conv output shape", "shape", [16, h_a, h_a], layout="CHW")
h_b = conv_out(H, 5, s=2, p=2)
add("1b", "conv output shape with stride", "shape", [16, h_b, h_b], layout="CHW")
h_c = conv_out(H, 3, p=1, d=3)
add("1c", "dilated conv output shape", "shape", [32, h_c, h_c], layout="CHW")
h_d = conv_out(h_b, 3, s=2)
add("1d", "max pool output shape", "shape", [16, h_d, h_d], layout="CHW")
h_e = tconv_out(h_b, 4, s=2, p=1)
add("1e", "transposed conv output shape", "shape", [8, h_e, h_e], layout="CHW")
add("1f", "conv output shape 'same' padding", "shape", [16, H, H], layout="CHW")
skip("1g", "explain in words")

# ---------------- Problem 2: convolution / pooling by hand
x = [3, -1, 2, 0, 4, -2, 1]
w = [1, -2, 1]
ya = corr1d(x, w)
add("2a", "1D cross-correlation", "vector", ya)
add("2b", "1D cross-correlation with padding and stride", "vector", corr1d(x, w, stride=2, pad=1))
y_flip = corr1d(x, w[::-1])
add("2c", "correlation vs convolution", "boolean", bool(np.allclose(ya, y_flip)))
X = np.array([[2, 0, 2, 1], [0, 3, 4, 0], [2, 1, 0, 1], [1, 0, 1, 3]])
K = np.array([[1, -1], [0, 2]])
Yd = corr2d(X, K)
add("2d", "2D cross-correlation", "matrix", Yd)
add("2e", "max pooling", "matrix", pool2d(X, 2, 2, np.max))
add("2f", "average pooling", "matrix", pool2d(X, 2, 2, np.mean), tol=0.001)
add("2g", "global average pooling", "real", Yd.mean(), tol=0.001)

# ---------------- Problem 3: transposed conv, filter recovery
u = np.array([1, 2, -1], float)
k = np.array([1, -1, 2], float)
s = 2
yt = np.zeros((len(u) - 1) * s + len(k))
for i, ui in enumerate(u):
    yt[i * s:i * s + len(k)] += ui * k
add("3a", "1D transposed convolution", "vector", yt)
xr = np.array([1, 2, 0, -1, 3], float)
yr = np.array([4, 5, -4], float)
M = np.array([xr[i:i + 3] for i in range(3)])
wr = np.linalg.solve(M, yr)
assert np.allclose(corr1d(xr, wr), yr)
add("3b", "recover filter from input and output", "vector", wr, tol=0.001)

# ---------------- Problem 4: receptive field, MACs, params
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (5, 2), (2, 2)]  # (kernel, stride)
rf, jump, rfs = 1, 1, []
for kk, ss in layers:
    rf += (kk - 1) * jump
    jump *= ss
    rfs.append(rf)
add("4a", "receptive field", "integer", rfs[2])
add("4b", "receptive field", "integer", rfs[5])
cin, cout, hw, kk = 64, 128, 56, 3
assert conv_out(hw, kk, p=1) == hw
macs = cout * hw * hw * cin * kk * kk
add("4c", "conv MACs", "integer", macs)
skip("4d", "ambiguous: FLOP convention not fixed (one or two FLOPs per MAC; whether bias adds count)")
add("4e", "conv parameter count", "integer", cout * cin * kk * kk + cout)
dw = cin * kk * kk + cin
pw = cin * cout + cout
add("4f", "depthwise separable parameter count", "integer", dw + pw)

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": SET, "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None, width=100)
print(open("expected.yaml").read())
