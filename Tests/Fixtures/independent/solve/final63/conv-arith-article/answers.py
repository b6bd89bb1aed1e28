"""Recompute every answer of conv-arith-article and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def pool2d(X, k, s, op):
    H, W = X.shape
    oh, ow = (H - k) // s + 1, (W - k) // s + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = op(X[i * s:i * s + k, j * s:j * s + k])
    return out


parts = []


def add(id_, family, kind, answer, **kw):
    e = {"id": id_, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    e.update(kw)
    parts.append(e)


def nc(id_, why):
    parts.append({"id": id_, "computable": False, "why": why})


# Problem 1
H = 128
h1 = conv_out(H, 7, s=2, p=3)
add("1a", "conv output shape", "shape", [64, h1, h1], layout="CHW")
h2 = conv_out(h1, 3, s=2, p=1)
add("1b", "pooling output shape", "shape", [64, h2, h2], layout="CHW")
h3 = conv_out(H, 3, s=1, p=1, d=2)
add("1c", "dilated conv output shape", "shape", [32, h3, h3], layout="CHW")
h4 = conv_out(H, 3, s=3, p=1, d=2)
add("1d", "dilated strided conv output shape", "shape", [32, h4, h4], layout="CHW")
h5 = tconv_out(32, 4, s=2, p=1)
add("1e", "transposed conv output shape", "shape", [32, h5, h5], layout="CHW")
nc("1f", "explain in words")

# Problem 2
cin, cout, k, S = 32, 64, 3, 56
std = conv_params(cin, cout, k)
add("2a", "conv parameter count", "integer", int(std))
dw = conv_params(cin, cin, k, groups=cin)
pw = conv_params(cin, cout, 1)
add("2b", "depthwise separable parameter count", "integer", int(dw + pw))
add("2c", "grouped conv parameter count", "integer", int(conv_params(cin, cout, k, groups=4)))
macs_std = cout * S * S * cin * k * k
add("2d", "conv MACs", "integer", int(macs_std))
macs_dw = cin * S * S * k * k + cout * S * S * cin
add("2e", "depthwise separable MACs", "integer", int(macs_dw))
opts = {
    "A": conv_params(64, 64, 3),
    "B": conv_params(64, 128, 1),
    "C": 512 * 72 + 72,
    "D": conv_params(16, 16, 5),
}
add("2f", "parameter count comparison", "choice", max(opts, key=opts.get))

# Problem 3: receptive fields
layers = [("conv1", 3, 1, 1), ("conv2", 3, 1, 1), ("pool1", 2, 2, 1), ("conv3", 3, 1, 1),
          ("conv4", 3, 1, 2), ("pool2", 2, 2, 1), ("conv5", 5, 1, 1)]


def rf(layers):
    r, j, out = 1, 1, {}
    for name, kk, s, d in layers:
        r += d * (kk - 1) * j
        j *= s
        out[name] = r
    return out


R = rf(layers)
add("3a", "receptive field", "integer", R["conv2"])
add("3b", "receptive field", "integer", R["pool1"])
add("3c", "receptive field", "integer", R["conv4"])
add("3d", "receptive field", "integer", R["conv5"])
layers_nd = [(n, kk, s, 1 if n == "conv4" else d) for n, kk, s, d in layers]
add("3e", "receptive field true/false", "boolean", bool(R["conv5"] - rf(layers_nd)["conv5"] == 4))
nc("3f", "explain in words")

# Problem 4
X = np.array([[1, 3, 2, 0], [4, 6, 5, 1], [7, 2, 8, 3], [0, 9, 4, 6]], dtype=float)
mp = pool2d(X, 2, 2, np.max)
add("4a", "max pooling", "matrix", mp.tolist())
add("4b", "average pooling", "matrix", pool2d(X, 2, 2, np.mean).tolist())
add("4c", "max pooling stride 1", "matrix", pool2d(X, 3, 1, np.max).tolist())
add("4d", "global average pooling", "real", float(X.mean()), tolerance=0.001)
G = np.zeros_like(X)
for i in range(2):
    for j in range(2):
        blk = X[2 * i:2 * i + 2, 2 * j:2 * j + 2]
        a, b = np.unravel_index(np.argmax(blk), blk.shape)
        G[2 * i + a, 2 * j + b] += 1.0
add("4e", "max pooling backward", "matrix", G.tolist())

# ints in matrices: keep them as plain numbers
def clean(v):
    if isinstance(v, list):
        return [clean(x) for x in v]
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


for p in parts:
    if "answer" in p:
        p["answer"] = clean(p["answer"])

with open(os.path.join(HERE, "expected.yaml"), "w") as f:
    yaml.safe_dump({"set": "conv-arith-article", "source": "problems.tex", "parts": parts},
                   f, sort_keys=False, default_flow_style=None)
