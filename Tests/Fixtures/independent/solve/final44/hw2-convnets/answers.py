"""Labels for hw2-convnets (problems.tex). Run: python3 answers.py -> expected.yaml"""
import math
import numpy as np

# ---------------------------------------------------------------- YAML writer
import os


def _num(x, nd=None):
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    x = float(x)
    if nd is not None:
        x = round(x, nd)
    if x == 0:
        x = 0.0
    if nd is None:
        s = repr(x)
    else:
        s = f"{x:.{nd}f}"
    if "e" in s or "E" in s:
        s = f"{x:.12f}"
    if "." in s:
        s = s.rstrip("0")
        if s.endswith("."):
            s += "0"
    return s


def _val(v, nd=None):
    if isinstance(v, str):
        return v
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_val(e, nd) for e in v) + "]"
    return _num(v, nd)


def write_yaml(setname, source, parts, path="expected.yaml"):
    seen = set()
    lines = [f"set: {setname}", f"source: {source}", "parts:"]
    for p in parts:
        pid = p["id"]
        assert pid not in seen, pid
        seen.add(pid)
        q = f'"{pid}"' if pid.replace(".", "").isdigit() else pid
        lines.append(f"  - id: {q}")
        if not p["computable"]:
            lines.append("    computable: false")
            why = p["why"].replace('"', "'")
            lines.append(f'    why: "{why}"')
            continue
        lines.append("    computable: true")
        lines.append(f"    family: {p['family']}")
        lines.append(f"    answer_kind: {p['kind']}")
        nd = p.get("nd")
        lines.append(f"    answer: {_val(p['answer'], nd)}")
        if "layout" in p:
            lines.append(f"    layout: {p['layout']}")
        if nd is not None:
            lines.append(f"    tolerance: {_num(p.get('tol', 10.0 ** (1 - nd)))}")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, path), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, s=1, p=0):
    x = np.pad(np.asarray(x, float), p)
    k = len(w)
    return np.array([x[i:i + k] @ w for i in range(0, len(x) - k + 1, s)])


def xcorr2d(X, K, s=1):
    X = np.asarray(X, float)
    K = np.asarray(K, float)
    kh, kw = K.shape
    H = (X.shape[0] - kh) // s + 1
    W = (X.shape[1] - kw) // s + 1
    return np.array([[np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K) for j in range(W)]
                     for i in range(H)])


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    H = (X.shape[0] - k) // s + 1
    W = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i * s:i * s + k, j * s:j * s + k]) for j in range(W)] for i in range(H)])


def tconv2d(Z, K, s=1):
    Z = np.asarray(Z, float)
    K = np.asarray(K, float)
    kh, kw = K.shape
    out = np.zeros(((Z.shape[0] - 1) * s + kh, (Z.shape[1] - 1) * s + kw))
    for i in range(Z.shape[0]):
        for j in range(Z.shape[1]):
            out[i * s:i * s + kh, j * s:j * s + kw] += Z[i, j] * K
    return out


def rf(layers):
    """layers: list of (kernel, stride); returns receptive field side length."""
    r, jump = 1, 1
    for k, s in layers:
        r += (k - 1) * jump
        jump *= s
    return r


def ints(a):
    return [[int(round(v)) for v in row] for row in np.asarray(a)]


parts = []
P = parts.append

# ---------------------------------------------------------------- Problem 1
C, H = 3, 64
a = [16, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)]
P(dict(id="1a", computable=True, family="conv output shape", kind="shape", answer=a, layout="CHW"))
b = [16, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2)]
P(dict(id="1b", computable=True, family="conv output shape (stride)", kind="shape", answer=b, layout="CHW"))
c = [32, conv_out(H, 7, 2, 3), conv_out(H, 7, 2, 3)]
P(dict(id="1c", computable=True, family="conv output shape (stride, padding)", kind="shape", answer=c, layout="CHW"))
d = [8, conv_out(H, 3, 1, 0, 2), conv_out(H, 3, 1, 0, 2)]
P(dict(id="1d", computable=True, family="conv output shape (dilation)", kind="shape", answer=d, layout="CHW"))
same = math.ceil(H / 2)  # Keras 'same': ceil(n / stride)
P(dict(id="1e", computable=True, family="conv output shape ('same', channels-last)", kind="shape",
       answer=[same, same, 10], layout="HWC"))
f = [a[0], conv_out(a[1], 3, 2), conv_out(a[2], 3, 2)]
P(dict(id="1f", computable=True, family="max pool output shape", kind="shape", answer=f, layout="CHW"))
g = [8, tconv_out(b[1], 4, 2, 1), tconv_out(b[2], 4, 2, 1)]
P(dict(id="1g", computable=True, family="transposed conv output shape", kind="shape", answer=g, layout="CHW"))
n = 128
n = conv_out(n, 3, 1, 1)
n = conv_out(n, 2, 2)
n = conv_out(n, 3, 1, 0)
n = conv_out(n, 2, 2)
n = conv_out(n, 5, 2, 2)
h = [128, n, n]
P(dict(id="1h", computable=True, family="layer stack output shape", kind="shape", answer=h, layout="CHW"))
P(dict(id="1i", computable=True, family="flatten size", kind="integer", answer=int(np.prod(h))))

# ---------------------------------------------------------------- Problem 2
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
P(dict(id="2a", computable=True, family="1D cross-correlation", kind="vector",
       answer=[int(v) for v in xcorr1d(x, w)]))
P(dict(id="2b", computable=True, family="1D cross-correlation (padding, stride)", kind="vector",
       answer=[int(v) for v in xcorr1d(x, w, s=2, p=1)]))
P(dict(id="2c", computable=True, family="1D true convolution", kind="vector",
       answer=[int(v) for v in np.convolve(x, w, mode="valid")]))
P(dict(id="2d", computable=False, why="explain in words (learned kernel absorbs the flip)"))

# ---------------------------------------------------------------- Problem 3
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 4]], float)
K = np.array([[1, -1], [0, 2]], float)
Ya = xcorr2d(X, K)
P(dict(id="3a", computable=True, family="2D cross-correlation", kind="matrix", answer=ints(Ya)))
P(dict(id="3b", computable=True, family="2D cross-correlation (stride)", kind="matrix",
       answer=ints(xcorr2d(X, K, s=2))))
P(dict(id="3c", computable=True, family="max pooling", kind="matrix", answer=ints(pool2d(X, 2, 2, np.max))))
P(dict(id="3d", computable=True, family="average pooling", kind="matrix",
       answer=pool2d(Ya, 2, 1, np.mean).tolist(), nd=4))
P(dict(id="3e", computable=True, family="global average pooling", kind="real",
       answer=float(Ya.mean()), nd=4))
Z = np.array([[1, 2], [-1, 0]], float)
Kt = np.array([[1, 0], [2, 1]], float)
P(dict(id="3f", computable=True, family="transposed convolution", kind="matrix", answer=ints(tconv2d(Z, Kt))))
Xg = np.array([[1, 2, 0], [0, 1, 1], [3, 0, 2]], float)
Yg = np.array([[0, 5], [2, 1]], float)
A = np.array([Xg[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
Wg = np.linalg.solve(A, Yg.ravel()).reshape(2, 2)
assert np.allclose(xcorr2d(Xg, Wg), Yg)
P(dict(id="3g", computable=True, family="recover filter from input and output", kind="matrix", answer=ints(Wg)))

# ---------------------------------------------------------------- Problem 4
P(dict(id="4a", computable=True, family="receptive field", kind="integer", answer=rf([(3, 1)] * 3)))
P(dict(id="4b", computable=True, family="receptive field", kind="integer",
       answer=rf([(3, 1), (3, 1), (3, 1), (2, 2), (3, 1), (3, 2)])))
macs = a[0] * a[1] * a[2] * (C * 5 * 5)
P(dict(id="4c", computable=True, family="conv MACs", kind="integer", answer=macs))
P(dict(id="4d", computable=False,
       why="ambiguous: FLOP convention not fixed (1 or 2 FLOPs per multiply-add; bias counted or not)"))
nstack = next(L for L in range(1, 10) if rf([(3, 1)] * L) == 7)
opts = {"A": 2, "B": 3, "C": 4, "D": 7}
P(dict(id="4e", computable=True, family="receptive field (multiple choice)", kind="choice",
       answer=next(k for k, v in opts.items() if v == nstack)))

write_yaml("hw2-convnets", "problems.tex", parts)
