"""Compute every computable answer of txt_counting/problems.txt with numpy; write expected.yaml."""
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


def linear(i, o, bias=True):
    return i * o + (o if bias else 0)


def conv2d(cin, cout, k, groups=1, bias=True):
    return (cin // groups) * cout * k * k + (cout if bias else 0)


def rnn(gates, inp, hid, layers=1, bidir=False):
    """PyTorch convention: W_ih, W_hh, b_ih, b_hh per gate; layer l>0 input = hid * directions."""
    dirs = 2 if bidir else 1
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid * dirs
        total += dirs * gates * (hid * i + hid * hid + 2 * hid)
    return total


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


# ---- Question 1
emb = 10000 * 256
lin1 = linear(256, 512)
ln = 2 * 512
lin2 = linear(512, 10, bias=False)
add("1a", "embedding parameter count", "integer", emb)
add("1b", "linear parameter count", "integer", lin1)
add("1c", "layer norm parameter count", "integer", ln)
add("1d", "total parameter count", "integer", emb + lin1 + ln + lin2)
add("1e", "MACs of linear layers", "integer", 256 * 512 + 512 * 10)

# ---- Question 2: 64 -> 128 channels, 3x3, 'same', 56x56
cin, cout, k, H = 64, 128, 3, 56
std = conv2d(cin, cout, k)
add("2a", "conv parameter count", "integer", std)
add("2b", "depthwise separable parameter count", "integer", conv2d(64, 64, 3, groups=64) + conv2d(64, 128, 1))
add("2c", "grouped conv parameter count", "integer", conv2d(64, 128, 3, groups=4))
Ho = conv_out(H, k, 1, (k - 1) // 2)
macs = Ho * Ho * cout * cin * k * k
add("2d", "conv FLOPs", "integer", 2 * macs)
add("2e", "batch norm parameter count", "integer", 2 * 128)
Hs = conv_out(56, 3, 2, 1)
add("2f", "conv output shape", "shape", [128, Hs, Hs], layout="CHW")

# ---- Question 3: PyTorch recurrent layers
add("3a", "LSTM parameter count", "integer", rnn(4, 128, 256, layers=2))
add("3b", "GRU parameter count", "integer", rnn(3, 128, 256))
add("3c", "bidirectional LSTM parameter count", "integer", rnn(4, 128, 256, bidir=True))
sizes = [(128, 256), (1, 1), (300, 7), (512, 1024)]
add("3d", "LSTM vs GRU parameter ratio (true/false)", "boolean",
    bool(all(3 * rnn(4, i, h) == 4 * rnn(3, i, h) for i, h in sizes)))
nc("3e", "explain in words")

# ---- Question 4: receptive fields
def rf_dilated(kernel, dilations):
    r = 1
    for d in dilations:
        r += (kernel - 1) * d
    return r


add("4a", "receptive field (dilated conv)", "integer", rf_dilated(3, [1, 2, 4]))
add("4b", "receptive field (dilated conv)", "integer", rf_dilated(3, [1, 2, 4, 8]))
C = 64
assert rf_dilated(3, [1, 1, 1]) == 7
add("4c", "conv parameter count comparison", "integer", conv2d(C, C, 7, bias=False) - 3 * conv2d(C, C, 3, bias=False))

# ---- Question 5
x = np.array([3, 1, 4, 1, 5, 9, 2], float)
w = np.array([1, 0, -1], float)
s = 2
add("5a", "1D cross-correlation (stride)", "vector",
    num([x[i:i + 3] @ w for i in range(0, len(x) - 3 + 1, s)]))
X = np.array([[1, 2, 0], [0, 1, 1], [2, 0, 1]], float)
Y = np.array([[-1, 4], [3, 0]], float)
M = np.array([X[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
Wf = np.linalg.solve(M, Y.ravel()).reshape(2, 2)
add("5b", "recover filter from input and output", "matrix", num(Wf, 6), tol=1e-6)
F = np.array([[[1, 3], [5, 7]], [[0, 2], [2, 0]]], float)
add("5c", "global max pooling", "vector", num(F.max(axis=(1, 2))))
c2 = F[1]
add("5d", "instance norm forward", "matrix", num((c2 - c2.mean()) / np.sqrt(c2.var()), 4), tol=1e-3)
nc("5e", "ambiguous: neither biased vs unbiased variance nor epsilon is fixed for this part "
          "(biased gives 1.2247, unbiased gives 1.0)")

write("txt_counting", "problems.txt")
