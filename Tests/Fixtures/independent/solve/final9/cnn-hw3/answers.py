"""Compute every answer of cnn-hw3 and write expected.yaml."""
import math
import numpy as np
import yaml

def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

def tconv_out(n, k, s=1, p=0, op=0):
    return (n - 1) * s - 2 * p + k + op

def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return [float(np.dot(x[i:i + k], w)) for i in range(0, len(x) - k + 1, stride)]

def corr2d(X, K, stride=1, pad=0):
    X = np.pad(np.asarray(X, float), pad)
    K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(ow)] for i in range(oh)])

def tconv1d(u, k, stride):
    out = np.zeros((len(u) - 1) * stride + len(k))
    for i, ui in enumerate(u):
        out[i*stride:i*stride+len(k)] += ui * np.asarray(k, float)
    return out

def tconv2d(U, K):
    U = np.asarray(U, float); K = np.asarray(K, float)
    out = np.zeros((U.shape[0] + K.shape[0] - 1, U.shape[1] + K.shape[1] - 1))
    for i in range(U.shape[0]):
        for j in range(U.shape[1]):
            out[i:i+K.shape[0], j:j+K.shape[1]] += U[i, j] * K
    return out

def pool(A, k, s, op):
    A = np.asarray(A, float)
    n = (A.shape[0] - k) // s + 1
    return np.array([[op(A[i*s:i*s+k, j*s:j*s+k]) for j in range(n)] for i in range(n)])

def ints(a):
    return [[int(round(v)) for v in row] for row in np.asarray(a)] if np.ndim(a) == 2 \
        else [int(round(v)) for v in a]

def dump_yaml(path, set_name, source, parts):
    """Block-style mappings, flow-style answers (rows of a matrix on one line each)."""
    def flow(v):
        return yaml.safe_dump(v, default_flow_style=True, width=1000).strip().removesuffix("...").strip()
    lines = [f"set: {set_name}", f"source: {source}", "parts:"]
    for p in parts:
        first = True
        for k, v in p.items():
            lead = "  - " if first else "    "
            first = False
            lines.append(f"{lead}{k}: {flow(v)}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")

P = []
def add(id_, family, kind, answer, **kw):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw); P.append(d)
def nc(id_, why):
    P.append({"id": id_, "computable": False, "why": why})

# Problem 1: input 3 x 128 x 128
H = 128
h = conv_out(H, 5, 1, 2); add("1a", "conv output shape", "shape", [32, h, h], layout="CHW")
hb = conv_out(H, 5, 2, 2); add("1b", "conv output shape (stride)", "shape", [32, hb, hb], layout="CHW")
h = conv_out(H, 7, 3, 0); add("1c", "conv output shape (stride 3)", "shape", [16, h, h], layout="CHW")
h = conv_out(H, 3, 1, 1, d=2); add("1d", "conv output shape (dilation)", "shape", [8, h, h], layout="CHW")
h = tconv_out(hb, 4, 2, 1); add("1e", "transposed conv output shape", "shape", [16, h, h], layout="CHW")
h = math.ceil(H / 2); add("1f", "conv output shape ('same', Keras)", "shape", [h, h, 10], layout="HWC")
nc("1g", "discuss advantages/disadvantages")

# Problem 2
x = [2, -1, 3, 0, 1, 4]; w = [1, 0, -2]
add("2a", "1D cross-correlation", "vector", ints(corr1d(x, w)))
add("2b", "1D cross-correlation (stride, padding)", "vector", ints(corr1d(x, w, stride=2, pad=1)))
add("2c", "1D true convolution (flipped kernel)", "vector", ints(corr1d(x, w[::-1])))
X = [[1, 2, 0, 1], [3, 1, 1, 0], [0, 2, 4, 1], [1, 0, 2, 3]]; K = [[1, -1], [0, 2]]
add("2d", "2D cross-correlation", "matrix", ints(corr2d(X, K)))
add("2e", "2D cross-correlation (stride, padding)", "matrix", ints(corr2d(X, K, stride=2, pad=1)))

# Problem 3
add("3a", "1D transposed convolution", "vector", ints(tconv1d([1, 2, -1], [2, 1, 3], 2)))
add("3b", "2D transposed convolution", "matrix", ints(tconv2d([[1, 2], [3, 4]], [[1, 0], [-1, 1]])))
xin = np.array([1, 2, 0, -1, 3], float); yout = np.array([-1, 0, 7], float)
M = np.array([xin[i:i+3] for i in range(3)])
wsol = np.linalg.solve(M, yout); assert np.allclose(corr1d(xin, wsol), yout)
add("3c", "recover 1D filter", "vector", ints(wsol))
Xin = np.array([[1, 0, 2], [0, 1, 1], [2, 1, 0]], float); Yout = np.array([[3, -1], [0, 1]], float)
M = np.array([Xin[i:i+2, j:j+2].ravel() for i in range(2) for j in range(2)])
ksol = np.linalg.solve(M, Yout.ravel()).reshape(2, 2); assert np.allclose(corr2d(Xin, ksol), Yout)
add("3d", "recover 2D filter", "matrix", ints(ksol))

# Problem 4
A = [[3, 1, 0, 2], [5, 4, 1, 1], [0, 2, 6, 3], [1, 0, 2, 8]]
add("4a", "max pooling", "matrix", ints(pool(A, 2, 2, np.max)))
add("4b", "average pooling", "matrix", pool(A, 2, 2, np.mean).tolist(), tolerance=0.001)
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2)]
r, j, rf = 1, 1, []
for k, s in layers:
    r += (k - 1) * j; j *= s; rf.append(r)
add("4c", "receptive field", "integer", rf[3])
add("4d", "receptive field", "integer", rf[4])
Ho = conv_out(56, 3, 1, 1)
add("4e", "conv MACs", "integer", 128 * Ho * Ho * 64 * 3 * 3)
nc("4f", "give reasons in words")

dump_yaml("expected.yaml", "cnn-hw3", "problems.tex", P)
for p in P:
    print(p["id"], p.get("answer", "-"))
