"""Recompute every numeric answer of problems.tex and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr2d(x, k, stride=1):
    kh, kw = k.shape
    oh = (x.shape[0] - kh) // stride + 1
    ow = (x.shape[1] - kw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(x[i*stride:i*stride+kh, j*stride:j*stride+kw] * k)
    return out


def pool2d(x, k, s, fn):
    oh = (x.shape[0] - k) // s + 1
    ow = (x.shape[1] - k) // s + 1
    return np.array([[fn(x[i*s:i*s+k, j*s:j*s+k]) for j in range(ow)] for i in range(oh)])


def lst(a):
    a = np.asarray(a)
    if np.issubdtype(a.dtype, np.floating) and np.all(a == np.round(a)):
        a = a.astype(int)
    return a.tolist()


parts = []


def comp(id_, family, kind, answer, **kw):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def noncomp(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


# Problem 1
H = 64
comp("1a", "conv output shape", "shape", [16, conv_out(H, 5), conv_out(H, 5)], layout="CHW")
comp("1b", "conv output shape (stride, padding)", "shape",
     [16, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2)], layout="CHW")
comp("1c", "conv output shape (dilation)", "shape",
     [16, conv_out(H, 3, 1, 1, 2), conv_out(H, 3, 1, 1, 2)], layout="CHW")
ha = conv_out(H, 5)
comp("1d", "max pooling output shape", "shape", [16, conv_out(ha, 3, 2), conv_out(ha, 3, 2)], layout="CHW")
comp("1e", "transposed conv output shape", "shape",
     [8, tconv_out(32, 4, 2, 1), tconv_out(32, 4, 2, 1)], layout="CHW")
noncomp("1f", "explain in words")

# Problem 2
cin, cout, k = 32, 64, 3
std = cin * cout * k * k + cout
dw = cin * k * k + cin
pw = cin * cout + cout
sep = dw + pw
groups = 4
grp = (cin // groups) * cout * k * k + cout
comp("2a", "conv parameter count", "integer", std)
comp("2b", "depthwise separable parameter count", "integer", sep)
comp("2c", "grouped conv parameter count", "integer", grp)
comp("2d", "batch norm parameter count", "integer", 2 * 64)
comp("2e", "linear parameter count", "integer", 64 * 8 * 8 * 10 + 10)
opts = {"A": cin * cout * k * k, "B": cin * cout + cout, "C": sep, "D": grp}
comp("2f", "parameter count comparison", "choice", min(opts, key=opts.get))

# Problem 3
hw = 16 * 16  # 'same' padding keeps 16x16
macs_std = cout * hw * cin * k * k
macs_sep = cin * hw * k * k + cout * hw * cin
comp("3a", "conv MACs", "integer", macs_std)
comp("3b", "depthwise separable MACs", "integer", macs_sep)
comp("3c", "MAC ratio", "real", round(macs_sep / macs_std, 4), tolerance=0.0001)

# Problem 4
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2)]
r, j, rf = 1, 1, []
for kk, ss in layers:
    r += (kk - 1) * j
    j *= ss
    rf.append(r)
comp("4a", "receptive field", "integer", rf[2])
comp("4b", "receptive field", "integer", rf[4])
noncomp("4c", "explain in words")

# Problem 5
X = np.array([[1, 2, 0, 1], [3, 1, 2, 2], [0, 1, 4, 1], [2, 0, 1, 3]], float)
K = np.array([[1, 0], [-1, 2]], float)
A = xcorr2d(X, K)
comp("5a", "2D cross-correlation by hand", "matrix", lst(A))
comp("5b", "2D cross-correlation with stride", "matrix", lst(xcorr2d(X, K, 2)))
comp("5c", "max pooling", "matrix", lst(pool2d(X, 2, 2, np.max)))
comp("5d", "global average pooling", "real", round(float(A.mean()), 4), tolerance=0.0001)

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "cnn-layers-hw3", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
