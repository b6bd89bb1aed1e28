"""Compute every computable answer of exam_cnn/problems.tex with numpy; write expected.yaml."""
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


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr2d(X, K, s=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // s + 1
    ow = (X.shape[1] - kw) // s + 1
    Y = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            Y[i, j] = np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K)
    return Y


def pool2d(A, k, s, op):
    oh = (A.shape[0] - k) // s + 1
    ow = (A.shape[1] - k) // s + 1
    return np.array([[op(A[i * s:i * s + k, j * s:j * s + k]) for j in range(ow)] for i in range(oh)])


# ---- Question 1: output shapes, x is (8, 3, 64, 64)
N, H = 8, 64
a = [N, 16, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)]
add("1a", "conv output shape", "shape", a, layout="NCHW")
b = [N, 16, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2)]
add("1b", "conv output shape (stride)", "shape", b, layout="NCHW")
c = [N, 8, conv_out(H, 3, 1, 0, 2), conv_out(H, 3, 1, 0, 2)]
add("1c", "conv output shape (dilation)", "shape", c, layout="NCHW")
d = [N, 16, conv_out(a[2], 3, 2), conv_out(a[3], 3, 2)]
add("1d", "max pooling output shape", "shape", d, layout="NCHW")
e = [N, 4, tconv_out(b[2], 4, 2, 1), tconv_out(b[3], 4, 2, 1)]
add("1e", "transposed conv output shape", "shape", e, layout="NCHW")
opts = {"A": conv_out(H, 7, 1, 2), "B": conv_out(H, 7, 1, 3), "C": conv_out(H, 2, 2, 0),
        "D": conv_out(H, 3, 1, 1, 2)}
add("1f", "conv output shape (multiple choice)", "choice", [k for k, v in opts.items() if v == H][0])

# ---- Question 2: convolution by hand
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]], float)
K = np.array([[1, 0], [-1, 2]], float)
add("2a", "2D cross-correlation", "matrix", num(corr2d(X, K)))
add("2b", "2D cross-correlation (stride 2)", "matrix", num(corr2d(X, K, s=2)))
add("2c", "2D true convolution (flipped kernel)", "matrix", num(corr2d(X, K[::-1, ::-1])))
add("2d", "2D cross-correlation (padding 1, stride 3)", "matrix", num(corr2d(X, K, s=3, pad=1)))
x1 = np.pad(np.array([2, -1, 3, 0, 1], float), 1)
w1 = np.array([1, 2, -1], float)
add("2e", "1D cross-correlation (padding)", "vector",
    num([x1[i:i + 3] @ w1 for i in range(len(x1) - 2)]))

# ---- Question 3: transposed convolution and filter recovery
k = np.array([1, -1, 2], float)
u = np.array([1, 2, -1], float)
s = 2
out = np.zeros((len(u) - 1) * s + len(k))
for i, ui in enumerate(u):
    out[i * s:i * s + len(k)] += ui * k
add("3a", "1D transposed convolution", "vector", num(out))
xr = np.array([1, 2, 3, 4], float)
yr = np.array([5, 8, 11], float)
M = np.array([xr[i:i + 2] for i in range(3)])
wr, *_ = np.linalg.lstsq(M, yr, rcond=None)
assert np.allclose(M @ wr, yr)
add("3b", "recover filter from input and output", "vector", num(wr, 6), tol=1e-6)
nc("3c", "explain in words")

# ---- Question 4: pooling
A = np.array([[1, 3, 2, 4], [5, 6, 1, 2], [7, 2, 3, 0], [1, 8, 4, 4]], float)
add("4a", "max pooling", "matrix", num(pool2d(A, 2, 2, np.max)))
add("4b", "average pooling", "matrix", num(pool2d(A, 2, 2, np.mean)))
add("4c", "global average pooling", "real", num(A.mean()), tol=1e-4)
add("4d", "max pooling (3x3, stride 1)", "matrix", num(pool2d(A, 3, 1, np.max)))

# ---- Question 5: a small CNN on 3x32x32 (layer table)
layers = [("conv", 3, 32, 3, 1, 1), ("conv", 32, 64, 3, 2, 1), ("pool", None, None, 2, 2, 0),
          ("conv", 64, 64, 5, 1, 0)]
params = 0
C, S = 3, 32
rf, jump = 1, 1
macs = {}
for idx, (t, cin, cout, kk, st, pd) in enumerate(layers):
    S_new = conv_out(S, kk, st, pd)
    if t == "conv":
        params += cin * cout * kk * kk + cout
        macs[idx] = cout * S_new * S_new * cin * kk * kk
        C = cout
    rf += (kk - 1) * jump
    jump *= st
    S = S_new
add("5a", "conv parameter count", "integer", params)
add("5b", "conv output shape", "shape", [C, S, S], layout="CHW")
add("5c", "receptive field", "integer", rf)
add("5d", "MACs of a conv layer", "integer", macs[1])
std_w = 64 * 64 * 5 * 5
dws_w = 64 * 5 * 5 + 64 * 64
add("5e", "depthwise separable parameter count (true/false)", "boolean", bool(std_w / dws_w > 20))
nc("5f", "discuss advantages/disadvantages")

write("exam_cnn", "problems.tex")
