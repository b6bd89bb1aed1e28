"""Recompute every numeric answer of hw2-conv-article and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(v):
    if isinstance(v, np.ndarray):
        return clean(v.tolist())
    if isinstance(v, (list, tuple)):
        return [clean(u) for u in v]
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        return int(round(f)) if abs(f - round(f)) < 1e-12 else round(f, 6)
    return v


parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    d = {"id": pid, "computable": True, "family": family,
         "answer_kind": kind, "answer": clean(answer)}
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


# ---------------- Problem 1: output shapes, input 3x64x64
H = 64
add("1a", "conv output shape", "shape", [16, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)], layout="CHW")
add("1b", "conv output shape", "shape", [16, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2)], layout="CHW")
add("1c", "conv output shape", "shape", [32, conv_out(H, 7, 3, 0), conv_out(H, 7, 3, 0)], layout="CHW")
add("1d", "dilated conv output shape", "shape", [8, conv_out(H, 3, 1, 0, 2), conv_out(H, 3, 1, 0, 2)], layout="CHW")
ha = conv_out(H, 5, 1, 2)
add("1e", "pooling output shape", "shape", [16, conv_out(ha, 3, 2), conv_out(ha, 3, 2)], layout="CHW")
same = int(np.ceil(H / 3))
add("1f", "same-padding conv output shape", "shape", [10, same, same], layout="CHW")
add("1g", "transposed conv output shape", "shape", [4, tconv_out(32, 4, 2, 1), tconv_out(32, 4, 2, 1)], layout="CHW")

# ---------------- Problem 2: convolution by hand
x = np.array([2, -1, 0, 3, 1, -2])
w = np.array([1, 0, -1])


def corr1d(x, w, s=1, p=0):
    xp = np.pad(x, p)
    n = (len(xp) - len(w)) // s + 1
    return np.array([np.dot(xp[i * s:i * s + len(w)], w) for i in range(n)])


add("2a", "1d cross-correlation", "vector", corr1d(x, w))
add("2b", "1d cross-correlation strided", "vector", corr1d(x, w, s=2))
add("2c", "1d cross-correlation padded", "vector", corr1d(x, w, p=1))
add("2d", "1d true convolution", "vector", np.convolve(x, w, mode="valid"))

X = np.array([[1, 2, 0, 1], [0, 1, 3, -1], [2, -1, 0, 1], [1, 0, 2, 2]])
K = np.array([[1, -1], [0, 2]])


def corr2d(X, K, s=1):
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // s + 1
    ow = (X.shape[1] - kw) // s + 1
    return np.array([[np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K) for j in range(ow)] for i in range(oh)])


add("2e", "2d cross-correlation", "matrix", corr2d(X, K))

# ---------------- Problem 3: transposed conv and filter recovery
def tconv1d(z, k, s):
    out = np.zeros((len(z) - 1) * s + len(k))
    for i, zi in enumerate(z):
        out[i * s:i * s + len(k)] += zi * np.array(k)
    return out


def tconv2d(Z, K, s):
    kh, kw = K.shape
    out = np.zeros(((Z.shape[0] - 1) * s + kh, (Z.shape[1] - 1) * s + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i * s:i * s + kh, j * s:j * s + kw] += Z[i, j] * K
    return out


add("3a", "1d transposed convolution", "vector", tconv1d([1, 2, -1], [1, -1, 2], 2))
add("3b", "2d transposed convolution", "matrix",
    tconv2d(np.array([[1, 2], [3, -1]]), np.array([[1, 0], [-1, 2]]), 1))
xr = np.array([1, 2, 0, -1, 3])
yr = np.array([0, 3, 4])
M = np.array([xr[i:i + 3] for i in range(3)], dtype=float)
wr = np.linalg.solve(M, yr)
assert np.allclose(corr1d(xr, wr), yr)
add("3c", "recover filter from input and output", "vector", wr, tol=1e-6)
nc("3d", "explain with a sketch (checkerboard artifacts)")

# ---------------- Problem 4: pooling
A = np.array([[1, 3, 2, 0], [4, -1, 5, 2], [0, 6, 1, 1], [2, 3, -2, 7]])
mp = A.reshape(2, 2, 2, 2).max(axis=(1, 3))
ap = A.reshape(2, 2, 2, 2).mean(axis=(1, 3))
add("4a", "max pooling", "matrix", mp)
add("4b", "average pooling", "matrix", ap, tol=1e-6)
add("4c", "pooling as convolution (true/false)", "boolean",
    bool(np.allclose(corr2d(A, np.full((2, 2), 0.25), s=2), ap)))

# ---------------- Problem 5: receptive fields
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2), (2, 2, 1)]  # (k, s, dilation)
rf, jump, rfs = 1, 1, []
for k, s, d in layers:
    rf += d * (k - 1) * jump
    jump *= s
    rfs.append(rf)
add("5a", "receptive field", "integer", rfs[2])
add("5b", "receptive field", "integer", rfs[5])
nc("5c", "discuss (two 3x3 vs one 5x5)")

class _D(yaml.SafeDumper):
    pass


_D.add_representer(list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=not any(isinstance(u, dict) for u in v)))

out = {"set": "hw2-conv-article", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=_D, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
