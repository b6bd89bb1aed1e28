"""Recompute every numeric answer of params-quiz2 and write expected.yaml."""
import numpy as np
import yaml

parts = []


def add(pid, family, kind, answer, **kw):
    d = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    d.update(kw)
    parts.append(d)


def nc(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def conv_params(cin, cout, k, groups=1, bias=True):
    return int(cout * (cin // groups) * k * k + (cout if bias else 0))


def linear_params(i, o, bias=True):
    return int(i * o + (o if bias else 0))


def lstm_params(inp, hid, layers, bidir=False, gates=4):
    d = 2 if bidir else 1
    total = 0
    for l in range(layers):
        x = inp if l == 0 else hid * d
        total += d * (gates * hid * (x + hid) + 2 * gates * hid)
    return int(total)


# ---- Question 1
cin, cout, k, H, W = 32, 64, 3, 56, 56
add("1a", "conv parameter count", "integer", conv_params(cin, cout, k))
dw = conv_params(cin, cin, k, groups=cin)
pw = conv_params(cin, cout, 1)
add("1b", "depthwise separable parameter count", "integer", dw + pw)
add("1c", "grouped conv parameter count", "integer", conv_params(cin, cout, k, groups=4))
mac_std = H * W * cout * cin * k * k
add("1d", "conv MACs", "integer", int(mac_std))
mac_dws = H * W * (cin * k * k + cin * cout)
add("1e", "depthwise separable MACs", "integer", int(mac_dws))
ratio = mac_std / mac_dws
opts = np.array([2, 4, 8, 16])
add("1f", "MAC ratio choice", "choice", "ABCD"[int(np.argmin(np.abs(opts - ratio)))])

# ---- Question 2
emb = 10000 * 128
lin1 = linear_params(128, 256)
ln = 2 * 256
lin2 = linear_params(256, 10, bias=False)
add("2a", "embedding parameter count", "integer", emb)
add("2b", "linear parameter count", "integer", lin1)
add("2c", "layer norm parameter count", "integer", ln)
add("2d", "model parameter count", "integer", emb + lin1 + ln + lin2)
add("2e", "batch norm parameter count", "integer", 2 * 256)

# ---- Question 3
add("3a", "LSTM parameter count", "integer", lstm_params(64, 128, 2))
add("3b", "bidirectional LSTM parameter count", "integer", lstm_params(64, 128, 2, bidir=True))
add("3c", "GRU parameter count", "integer", lstm_params(64, 128, 1, gates=3))
nc("3d", "explain in words")

# ---- Question 4
E, h, L = 512, 8, 100
mha = 3 * E * E + 3 * E + E * E + E
add("4a", "multi-head attention parameter count", "integer", int(mha))
add("4b", "attention head dimension", "integer", E // h)
add("4c", "attention score MACs", "integer", int(h * L * L * (E // h)))
mha16 = mha  # parameter count does not depend on the number of heads
add("4d", "multi-head attention parameter count", "boolean", bool(mha16 == 2 * mha))
nc("4e", "ambiguous: asks for FLOPs while the quiz only fixes a convention for MACs; "
         "a MAC may count as 1 or 2 FLOPs and the bias additions may or may not be counted")

with open("expected.yaml", "w") as f:
    yaml.safe_dump({"set": "params-quiz2", "source": "problems.tex", "parts": parts}, f,
                   sort_keys=False, default_flow_style=None)
print(ratio)
