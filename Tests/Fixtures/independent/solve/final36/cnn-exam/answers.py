"""Recompute every answer of cnn-exam/problems.tex and write expected.yaml."""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
parts = []


def write_yaml(path, set_name, source, parts):
    """Block-style YAML with flow-style values (JSON scalars/lists are valid YAML)."""
    import json
    lines = [f"set: {set_name}", f"source: {source}", "parts:"]
    for p in parts:
        first = True
        for k, v in p.items():
            val = json.dumps(v) if k != "why" else json.dumps(v)
            lines.append(("  - " if first else "    ") + f"{k}: {val}")
            first = False
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def add(pid, family, kind, answer, **extra):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(extra)
    parts.append(d)


def skip(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def convT_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


# ---- Question 1: input 3 x 64 x 64
H = 64
a = [16, conv_out(H, 3, 1, 1), conv_out(H, 3, 1, 1)]
add("1a", "conv output shape", "shape", a, layout="CHW")
b = conv_out(H, 7, 2, 3)
add("1b", "conv output shape (stride, padding)", "shape", [32, b, b], layout="CHW")
c = conv_out(H, 7, 2, 0, 2)
add("1c", "conv output shape (dilation)", "shape", [32, c, c], layout="CHW")
d = conv_out(a[1], 3, 2)
add("1d", "max pool output shape", "shape", [16, d, d], layout="CHW")
e = convT_out(a[1], 4, 2, 1)
add("1e", "transposed conv output shape", "shape", [8, e, e], layout="CHW")
# 'same' padding keeps spatial size at stride 1
options = {"A": [10, 60, 60], "B": [10, 64, 64], "C": [10, 62, 62], "D": [3, 64, 64]}
same = [10, H, H]
add("1f", "conv output shape ('same')", "choice", [k for k, v in options.items() if v == same][0])

# ---- Question 2: 64 -> 128, 3x3
cin, cout, k = 64, 128, 3
std = cin * cout * k * k + cout
add("2a", "conv parameter count", "integer", std)
dw = cin * 1 * k * k + cin
pw = cin * cout + cout
add("2b", "depthwise separable parameter count", "integer", dw + pw)
g = 4
add("2c", "grouped conv parameter count", "integer", (cin // g) * cout * k * k + cout)
add("2d", "conv + batch norm parameter count", "integer", cin * cout * k * k + 2 * cout)
Hf = Wf = 32
mac_std = cout * Hf * Wf * cin * k * k
mac_dw = cin * Hf * Wf * k * k + cout * Hf * Wf * cin
add("2e.i", "conv MACs", "integer", int(mac_std))
add("2e.ii", "depthwise separable MACs", "integer", int(mac_dw))
add("2e.iii", "MAC ratio", "real", round(mac_dw / mac_std, 4), tolerance=0.0005)
skip("2f", "explain in words")

# ---- Question 3: receptive fields
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2), (2, 2, 1)]  # kernel, stride, dilation


def rf(layers):
    r, j = 1, 1
    for kk, s, dd in layers:
        r += dd * (kk - 1) * j
        j *= s
    return r


add("3a", "receptive field", "integer", rf(layers[:2]))
rf6 = rf(layers)
add("3b", "receptive field", "integer", rf6)
n = 96
for kk, s, dd in layers:
    if s == 1:  # same-padded conv
        continue
    n = conv_out(n, kk, s, 0)
add("3c", "output spatial size", "shape", [n, n], layout="HW")
alt = layers[:4] + [(5, 1, 1)] + layers[5:]
add("3d", "receptive field (true/false)", "boolean", bool(rf(alt) == rf6))
skip("3e", "discuss in words")

# ---- Question 4: pooling
A = np.array([[1, 3, 2, 0], [4, 6, 1, 1], [0, 2, 5, 7], [3, 1, 8, 2]], dtype=float)
blocks = A.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
add("4a", "max pooling", "matrix", blocks.max(-1).astype(int).tolist())
add("4b", "average pooling", "matrix", blocks.mean(-1).tolist())
gap = A.mean()
opts = {"A": 8, "B": 46, "C": 2.875, "D": 3.5}
add("4c", "global average pooling", "choice", [kk for kk, v in opts.items() if abs(v - gap) < 1e-9][0])

write_yaml(os.path.join(HERE, "expected.yaml"), "cnn-exam", "problems.tex", parts)
print(open(os.path.join(HERE, "expected.yaml")).read())
