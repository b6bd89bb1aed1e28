"""Expected answers for hw3_cnn_layers (computed, not typed in)."""
import math
import os
import numpy as np

parts = []


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


# ---------------- Problem 1 ----------------
H = 64
a = [32, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2)]
add("1a", "conv output shape", "shape", a, layout="CHW")
b = [32, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2)]
add("1b", "conv output shape (stride)", "shape", b, layout="CHW")
c = [16, conv_out(H, 7, 3, 0), conv_out(H, 7, 3, 0)]
add("1c", "conv output shape (stride, no padding)", "shape", c, layout="CHW")
d = [8, conv_out(H, 3, 1, 1, 2), conv_out(H, 3, 1, 1, 2)]
add("1d", "conv output shape (dilation)", "shape", d, layout="CHW")
e = [a[0], conv_out(a[1], 3, 2), conv_out(a[2], 3, 2)]
add("1e", "max pool output shape", "shape", e, layout="CHW")
f = [16, convT_out(b[1], 4, 2, 1), convT_out(b[2], 4, 2, 1)]
add("1f", "transposed conv output shape", "shape", f, layout="CHW")
g_hw = math.ceil(H / 3)  # TF 'same': ceil(n / stride)
add("1g", "conv output shape ('same', channels-last)", "shape", [g_hw, g_hw, 10], layout="HWC")
skip("1h", "explain in words")

# ---------------- Problem 2 ----------------
cin, cout, k = 64, 128, 3
std = cin * cout * k * k + cout
add("2a", "conv parameter count", "integer", std)
dw = cin * k * k + cin
pw = cin * cout + cout
add("2b", "depthwise separable parameter count", "integer", dw + pw)
groups = 4
add("2c", "grouped conv parameter count", "integer", (cin // groups) * cout * k * k + cout)
add("2d", "conv (no bias) + batch norm parameter count", "integer", cin * cout * k * k + 2 * cout)
add("2e", "linear parameter count", "integer", 2048 * 1000 + 1000)
add("2f", "embedding parameter count", "integer", 30000 * 512)


def lstm_params(i, h, layers=1):
    tot = 0
    for l in range(layers):
        inp = i if l == 0 else h
        tot += 4 * (h * inp + h * h + 2 * h)
    return tot


opts = {
    "A": 256 * 256 * 9 + 256,
    "B": 1024 * 512 + 512,
    "C": 1000 * 600,
    "D": lstm_params(128, 256),
}
add("2g", "parameter count comparison", "choice", max(opts, key=opts.get))

# ---------------- Problem 3 ----------------
out1 = 16 * conv_out(32, 3, 1, 1) ** 2
add("3a", "conv MACs", "integer", out1 * 3 * 3 * 3)
out2 = 16 * conv_out(32, 3, 2, 1) ** 2
add("3b", "conv MACs (stride 2)", "integer", out2 * 3 * 3 * 3)
add("3c", "linear FLOPs", "integer", 2 * 64 * 512 * 10)

# ---------------- Problem 4 ----------------


def rf(layers):
    r, j = 1, 1
    for kk, s, dil in layers:
        r += (dil * (kk - 1)) * j
        j *= s
    return r


net = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (5, 2, 1)]
add("4a", "receptive field", "integer", rf(net[:2]))
add("4b", "receptive field", "integer", rf(net))
net_dil = list(net)
net_dil[3] = (3, 1, 2)
add("4c", "receptive field (dilation)", "integer", rf(net_dil))
skip("4d", "explain in words (give reasons)")



# ---------------- YAML output (hand-written emitter; lists inline) ----------------
def _scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return np.format_float_positional(float(v), trim="0")  # no exponent: PyYAML reads 1e-05 as a string
    s = str(v)
    if s == "" or any(ch in s for ch in ":#{}[],&*!|>'\"%@`") or s.lower() in ("true", "false", "yes", "no", "null"):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def _value(v):
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return _scalar(v)


def emit(set_name, source, parts):
    lines = ["set: " + set_name, "source: " + source, "parts:"]
    seen = set()
    for p in parts:
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        first = True
        for key, val in p.items():
            lines.append(("  - " if first else "    ") + key + ": " + _value(val))
            first = False
    text = "\n".join(lines) + "\n"
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "expected.yaml"), "w") as fh:
        fh.write(text)
    print(text)
    return text


emit("hw3_cnn_layers", "problems.tex", parts)
