"""Expected answers for audio_exam (ECE 471 Homework 3). Run: python3 answers.py"""
import numpy as np
import yaml

parts = []


class FlowList(list):
    pass


yaml.SafeDumper.add_representer(
    FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def add(id_, family, kind, answer, tol=None, layout=None):
    d = {"id": id_, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    if kind in ("real", "vector", "matrix"):
        answer = (np.round(np.asarray(answer, dtype=float), 6) + 0.0).tolist()
    if isinstance(answer, list):
        answer = FlowList(FlowList(a) if isinstance(a, list) else a for a in answer)
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


def xcorr1d(x, w, stride=1, pad=0):
    x = np.concatenate([np.zeros(pad), np.asarray(x, float), np.zeros(pad)])
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def conv_len(L, k, s=1, p=0, d=1):
    return (L + 2 * p - d * (k - 1) - 1) // s + 1


# ---- Question 1
x = np.array([2, -1, 3, 0, 1, -2], float)
w = np.array([1, 0, -1], float)
add("1a", "1D cross-correlation by hand", "vector", xcorr1d(x, w))
add("1b", "1D cross-correlation with padding and stride", "vector", xcorr1d(x, w, stride=2, pad=1))
add("1c", "1D true convolution by hand", "vector", np.convolve(x, w, mode="valid"))
u = np.array([1, 2, 0, -1], float)
y = np.array([1, 6, 1], float)
A = np.stack([u[:-1], u[1:]], axis=1)       # y_i = a*u_i + b*u_{i+1}
taps, *_ = np.linalg.lstsq(A, y, rcond=None)
assert np.allclose(A @ taps, y)
add("1d", "recover filter from input and output", "vector", taps, tol=0.001)
inp = np.array([1, 2], float)
wt = np.array([1, -1, 2], float)
s = 2
out = np.zeros((len(inp) - 1) * s + len(wt))
for i, v in enumerate(inp):
    out[i * s:i * s + len(wt)] += v * wt
add("1e", "1D transposed convolution by hand", "vector", out)
add("1f", "transposed conv output length", "integer", int((50 - 1) * 2 - 2 * 1 + 4))

# ---- Question 2
N, C0, L0 = 8, 40, 1000
L1 = conv_len(L0, 5, s=2, p=2)
add("2a", "conv1d output shape", "shape", [N, 64, L1], layout="NCL")
L2 = conv_len(L1, 3, d=4)
add("2b", "dilated conv1d output shape", "shape", [N, 128, L2], layout="NCL")
L3 = conv_len(L2, 3, s=3)
add("2c", "max pool output shape", "shape", [N, 128, L3], layout="NCL")
add("2d", "conv1d parameter count", "integer", 64 * 40 * 5 + 64)
add("2e", "conv1d MACs", "integer", 64 * L1 * 40 * 5)
# receptive field: r = r_prev + (k_eff-1)*jump
r, j = 1, 1
for k, st, d in [(5, 2, 1), (3, 1, 4)]:
    keff = d * (k - 1) + 1
    r += (keff - 1) * j
    j *= st
add("2f", "receptive field", "integer", r)


def rnn_params(inp, hid, layers, gates):
    tot = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        tot += gates * (hid * i + hid * hid + 2 * hid)
    return tot


add("2g", "LSTM parameter count", "integer", rnn_params(128, 256, 2, 4))
head = 256 * 12 + 12
opts = {"A": 3072, "B": 3084, "C": 3328, "D": 2570}
add("2h", "linear parameter count (multiple choice)", "choice", [k for k, v in opts.items() if v == head][0])
add("2i", "GRU parameter count", "integer", rnn_params(128, 256, 2, 3))
nc("2j", "explain in words")

# ---- Question 3
z = np.array([-1.5, 0, 0.5, 2.0])
h = np.maximum(z, 0)
add("3a.i", "ReLU", "vector", h)
sig = 1 / (1 + np.exp(-z))
add("3a.ii", "sigmoid derivative", "vector", sig * (1 - sig), tol=0.001)
p_drop = 0.25
m = np.array([1, 0, 1, 1])
add("3b", "inverted dropout (train)", "vector", h * m / (1 - p_drop), tol=0.001)
add("3c", "classic dropout (test-time scaling)", "vector", h * (1 - p_drop), tol=0.001)
logits = np.array([2.0, 1.0, 0.1])
lse = np.log(np.sum(np.exp(logits)))
add("3d", "cross-entropy loss", "real", lse - logits[0], tol=0.001)
l2 = logits + 5
changed = not np.isclose(np.log(np.sum(np.exp(l2))) - l2[0], lse - logits[0])
add("3e", "softmax shift invariance (true/false)", "boolean", bool(changed))

doc = {"set": "audio_exam", "source": "problems.tex", "parts": parts}
with open("expected.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, default_flow_style=False, width=200)
print(open("expected.yaml").read())
