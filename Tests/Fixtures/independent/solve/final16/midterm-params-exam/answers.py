"""Expected answers for midterm-params-exam (computed, not typed)."""
import numpy as np
import yaml

parts = []


def add(pid, family=None, kind=None, answer=None, tol=None, layout=None, why=None):
    if why is not None:
        parts.append({"id": pid, "computable": False, "why": why})
        return
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind}
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    if isinstance(answer, (np.integer,)):
        answer = int(answer)
    d["answer"] = answer
    if layout:
        d["layout"] = layout
    if tol is not None:
        d["tolerance"] = tol
    parts.append(d)


def conv_params(cin, cout, k, groups=1, bias=True):
    return (cin // groups) * cout * k * k + (cout if bias else 0)


def linear_params(i, o, bias=True):
    return i * o + (o if bias else 0)


def rnn_params(inp, hid, layers, gates):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * hid * (i + hid) + 2 * gates * hid  # PyTorch: b_ih and b_hh
    return total


def mha_params(e, heads, bias=True):
    # in_proj (q, k, v) + out_proj; independent of heads
    return 3 * e * e + (3 * e if bias else 0) + e * e + (e if bias else 0)


# Question 1
add("1a", "conv parameter count", "integer", conv_params(64, 128, 3))
dw = conv_params(64, 64, 3, groups=64)
pw = conv_params(64, 128, 1)
add("1b", "depthwise separable parameter count", "integer", dw + pw)
add("1c", "grouped conv parameter count", "integer", conv_params(64, 128, 3, groups=4))
add("1d", "linear parameter count (no bias)", "integer", linear_params(512, 10, bias=False))
add("1e", "embedding parameter count", "integer", 30000 * 256)
add("1f", "layer norm parameter count", "integer", 2 * 768)
add("1g", why="explain in words")

# Question 2
add("2a", "LSTM parameter count", "integer", rnn_params(128, 256, 2, 4))
add("2b", "GRU parameter count", "integer", rnn_params(64, 32, 1, 3))
add("2c", "multi-head attention parameter count", "integer", mha_params(512, 8))
add("2d", "multi-head attention parameter count (heads)", "boolean", mha_params(512, 16) != mha_params(512, 8))

# Question 3
H = (224 + 2 * 3 - 7) // 2 + 1
add("3a", "conv output shape", "shape", [64, H, H], layout="CHW")
macs = 64 * H * H * 3 * 7 * 7
add("3b", "conv MACs", "integer", macs)
add("3c", "conv FLOPs", "integer", 2 * macs)
add("3d", "linear MACs", "integer", 32 * 4096 * 1000)
add("3e.i", "depthwise conv MACs", "integer", 32 * 56 * 56 * 3 * 3)
add("3e.ii", "pointwise conv MACs", "integer", 32 * 64 * 56 * 56)

# Question 4
choices4a = {"A": (8, 256), "B": (8, 256, 1, 1), "C": (8, 1, 7, 7), "D": (1, 256, 1, 1)}
out4a = (8, 256, 1, 1)  # adaptive pooling keeps N and C, makes H = W = 1
add("4a", "global average pooling output shape", "choice", [k for k, v in choices4a.items() if v == out4a][0])
counts = {
    "A": conv_params(256, 256, 3),
    "B": linear_params(1024, 512),
    "C": rnn_params(128, 128, 1, 4),
    "D": 5000 * 100,
}
add("4b", "parameter count comparison", "choice", max(counts, key=counts.get))
M = np.array([[4, 0, 2], [2, 6, -2], [0, 2, 8]], float)
P = np.array([[M[i:i + 2, j:j + 2].mean() for j in range(2)] for i in range(2)])
add("4c", "average pooling (overlapping)", "matrix", P.tolist(), tol=0.001)
C = 37  # any C
add("4d", "1x1 conv vs linear parameter count", "boolean", conv_params(C, C, 1) == linear_params(C, C))
add("4e", why="explain in words")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "midterm-params-exam", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None)
