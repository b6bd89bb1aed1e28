"""Recompute every numeric answer of conv_vit_custom/problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def add(pid, family, kind, answer, tol=None, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if tol is not None:
        d["tolerance"] = tol
    d.update(extra)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, stride)])


def xcorr2d(X, W, stride=1):
    X = np.asarray(X, float); W = np.asarray(W, float)
    kh, kw = W.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * W)
                      for j in range(ow)] for i in range(oh)])


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i*s:i*s+k, j*s:j*s+k]) for j in range(ow)] for i in range(oh)])


def ints(a):
    return [int(v) if float(v).is_integer() else float(v) for v in np.asarray(a).ravel()]


def intmat(a):
    return [ints(row) for row in np.asarray(a)]


# Problem 1: input 3 x 64 x 64
H = 64
add("1a", "conv output shape (padding)", "shape", [16, conv_out(H, 5, p=2), conv_out(H, 5, p=2)], layout="CHW")
hb = conv_out(H, 5, s=2, p=2)
add("1b", "conv output shape (stride)", "shape", [16, hb, hb], layout="CHW")
hc = conv_out(H, 3, d=2)
add("1c", "conv output shape (dilation)", "shape", [16, hc, hc], layout="CHW")
hd = convT_out(hb, 4, s=2, p=1)
add("1d", "transposed conv output shape", "shape", [8, hd, hd], layout="CHW")
add("1e", "conv output shape ('same')", "shape", [16, H, H], layout="CHW")  # 'same' keeps H, W at stride 1

# Problem 2
x = np.array([1, 2, 0, -1, 3], float)
w = np.array([1, 0, -1], float)
add("2a", "1D cross-correlation", "vector", ints(xcorr1d(x, w)))
add("2b", "1D cross-correlation (stride, padding)", "vector", ints(xcorr1d(x, w, stride=2, pad=1)))
add("2c", "1D convolution (flipped kernel)", "vector", ints(np.convolve(x, w, mode="valid")))
X = np.array([[1, 0, 2, 1], [3, 1, 0, 0], [0, 2, 1, 4], [1, 1, 0, 2]], float)
W = np.array([[1, -1], [0, 2]], float)
add("2d", "2D cross-correlation (stride)", "matrix", intmat(xcorr2d(X, W, stride=2)))
inp, kT, sT = np.array([1, 2], float), np.array([1, -1, 2], float), 2
yT = np.zeros((len(inp) - 1) * sT + len(kT))
for i, v in enumerate(inp):
    yT[i * sT:i * sT + len(kT)] += v * kT
add("2e", "1D transposed convolution", "vector", ints(yT))
xi, yo = np.array([1, 2, 3, 4], float), np.array([8, 14, 20], float)
A = np.stack([xi[i:i + 2] for i in range(3)])
wf, *_ = np.linalg.lstsq(A, yo, rcond=None)
assert np.allclose(A @ wf, yo)
add("2f", "recover filter from input and output", "vector", ints(np.round(wf, 10)))

# Problem 3
M = np.array([[4, 1, 0, 3], [2, 6, 5, 1], [7, 0, 2, 2], [1, 3, 8, 4]], float)
add("3a", "max pooling", "matrix", intmat(pool2d(M, 2, 2, np.max)))
add("3b", "global average pooling", "real", float(M.mean()), 0.001)
add("3c", "max pooling (overlapping)", "matrix", intmat(pool2d(M, 3, 1, np.max)))

# Problem 4
cin, cout, k = 64, 128, 3
full = cin * cout * k * k + cout
dws = (cin * k * k + cin) + (cin * cout + cout)
grp = (cin // 4) * cout * k * k + cout
macs = cin * k * k * cout * conv_out(32, 3, p=1) ** 2
add("4a", "conv parameter count", "integer", int(full))
add("4b", "depthwise separable parameter count", "integer", int(dws))
add("4c", "grouped conv parameter count", "integer", int(grp))
add("4d", "conv MACs", "integer", int(macs))
rf, jump = 1, 1
for ks, st in [(3, 1), (3, 2), (3, 1)]:
    rf += (ks - 1) * jump
    jump *= st
add("4e", "receptive field", "integer", int(rf))
hp = conv_out(224, 16, s=16)
add("4f", "patch embedding output shape", "shape", [768, hp, hp], layout="CHW")
add("4g", "patch embedding parameter count", "integer", int(3 * 768 * 16 * 16 + 768))
nc("4h", "discuss accuracy trade-off")

out = {"set": "conv_vit_custom", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
