"""Recompute every computable answer of kws_convnets_exam and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


class Dumper(yaml.SafeDumper):
    """Block style for the part records, flow style for answer lists (rows of matrices inline)."""


def _repr_list(dumper, data):
    flat = all(not isinstance(e, (list, dict)) for e in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flat)


Dumper.add_representer(list, _repr_list)


def clean(v, nd=4):
    """Turn numpy values into plain Python numbers / lists, rounded to nd decimals."""
    a = np.asarray(v)
    if a.ndim == 0:
        x = a.item()
        if isinstance(x, (bool, np.bool_)):
            return bool(x)
        x = round(float(x), nd) + 0.0
        if x.is_integer():
            return int(x)
        return x
    return [clean(e, nd) for e in a]


def corr1d(x, w, stride=1, pad=0, dilation=1):
    x = np.concatenate([np.zeros(pad), np.asarray(x, float), np.zeros(pad)])
    k = len(w)
    span = dilation * (k - 1) + 1
    n = (len(x) - span) // stride + 1
    return np.array([sum(w[j] * x[i * stride + j * dilation] for j in range(k)) for i in range(n)])


def corr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * stride:i * stride + kh, j * stride:j * stride + kw] * K)
    return Y


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def non(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


# ---------------- Question 1 ----------------
x = np.array([2, -1, 0, 3, 1, -2, 4], float)
w = np.array([1, 0, -1], float)
add("1a", "1D cross-correlation by hand", "vector", clean(corr1d(x, w)))
add("1b", "1D cross-correlation stride and padding", "vector", clean(corr1d(x, w, stride=2, pad=1)))
add("1c", "1D true convolution (flipped kernel)", "vector", clean(np.convolve(x, w, mode="valid")))
add("1d", "1D dilated cross-correlation", "vector", clean(corr1d(x, w, dilation=2)))
u = np.array([1, 2, 0, -1], float)
yout = np.array([5, 2, -2], float)
A = np.array([[u[i], u[i + 1]] for i in range(3)])
k, *_ = np.linalg.lstsq(A, yout, rcond=None)
assert np.allclose(A @ k, yout)
add("1e", "recover 1D filter from input and output", "vector", clean(k))
non("1f", "explain in words (aliasing with strided convolution)")

# ---------------- Question 2 ----------------
X = np.array([[1, 0, 2, 1], [0, 1, 3, 0], [2, 1, 0, 1], [1, 0, 1, 2]], float)
K = np.array([[1, -1], [0, 2]], float)
Y = corr2d(X, K)
add("2a", "2D cross-correlation by hand", "matrix", clean(Y))
mp = X.reshape(2, 2, 2, 2).max(axis=(1, 3))
add("2b", "2x2 max pooling stride 2", "matrix", clean(mp))
add("2c", "global average pooling", "real", clean(Y.mean()), tol=0.001)
add("2d", "2D cross-correlation with padding and stride", "matrix", clean(corr2d(X, K, stride=2, pad=1)))

# ---------------- Question 3 ----------------
C, H, W = 1, 40, 101
# conv1
c1 = (32, conv_out(H, 3, 1, 1), conv_out(W, 3, 1, 1))
c2 = (64, conv_out(c1[1], 3, 2, 1), conv_out(c1[2], 3, 2, 1))
add("3a", "conv output shape (stride, padding)", "shape", list(c2), layout="CHW")
pl = (64, conv_out(c2[1], 2, 2), conv_out(c2[2], 2, 2))
add("3b", "max pooling output shape", "shape", list(pl), layout="CHW")
c3 = (64, conv_out(pl[1], 3, 1, 2, 2), conv_out(pl[2], 3, 1, 2, 2))
add("3c", "dilated conv output shape", "shape", list(c3), layout="CHW")
add("3d", "conv output shape padding='same'", "shape", [32, H, W], layout="CHW")


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


total = conv_params(1, 32, 3) + conv_params(32, 64, 3) + conv_params(64, 64, 3) + (64 * 12 + 12)
add("3e", "parameter count (conv + linear)", "integer", int(total))
macs = c2[0] * c2[1] * c2[2] * 32 * 3 * 3
add("3f", "MACs of a conv layer", "integer", int(macs))
# receptive field: (kernel, stride, dilation) along one axis
rf, jump = 1, 1
for kk, ss, dd in [(3, 1, 1), (3, 2, 1), (2, 2, 1), (3, 1, 2)]:
    rf += dd * (kk - 1) * jump
    jump *= ss
add("3g", "receptive field", "integer", int(rf))
dws = conv_params(64, 64, 3, groups=64) + conv_params(64, 64, 1)
add("3h.i", "depthwise separable parameter count", "integer", int(dws))
add("3h.ii", "grouped conv parameter count", "integer", int(conv_params(64, 64, 3, groups=4, bias=False)))
# 3i: which quantity changes when W goes 101 -> 201
W2 = 201
changes = {
    "A": (64 * 12 + 12) != (64 * 12 + 12),
    "B": (64, 1, 1) != (64, 1, 1),
    "C": conv_params(1, 32, 3) != conv_params(1, 32, 3),
    "D": macs != 64 * conv_out(c1[1], 3, 2, 1) * conv_out(W2, 3, 2, 1) * 32 * 9,
}
chosen = [k for k, v in changes.items() if v]
assert len(chosen) == 1
add("3i", "multiple choice: what depends on input size", "choice", chosen[0])

# ---------------- Question 4 ----------------
add("4a", "true/false parameter count 1x1 conv", "boolean", bool(conv_params(64, 64, 1) == 4160))
non("4b", "discuss: reasons for global average pooling")

out = {"set": "kws_convnets_exam", "source": "problems.tex", "parts": parts}
with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, "expected.yaml")).read())
