"""Compute every answer of hw6-attention and write expected.yaml."""
import numpy as np
import yaml

parts = []


def add(pid, family, kind, answer, tol=None, layout=None):
    e = {"id": pid, "computable": True, "family": family, "answer_kind": kind, "answer": answer}
    if layout:
        e["layout"] = layout
    if tol is not None:
        e["tolerance"] = tol
    parts.append(e)


def noncomp(pid, why):
    parts.append({"id": pid, "computable": False, "why": why})


def _clean(v, nd):
    v = round(float(v), nd) + 0.0          # also turns -0.0 into 0.0
    return int(v) if v == int(v) else v


def r(a, nd=4):
    a = np.asarray(a, dtype=float)
    if a.ndim == 0:
        return _clean(a, nd)
    return [r(row, nd) for row in a]


def emit(doc, path):
    """Write YAML: one block mapping per part, answers as flow lists."""
    def val(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        if isinstance(v, int):
            return repr(v)
        if isinstance(v, float):
            t = repr(v)
            if "e" in t or "E" in t:                # PyYAML needs 0.000001, not 1e-06
                t = ("%.12f" % v).rstrip("0")
            return t
        return yaml.safe_dump(v, default_style=None, width=10000).strip().removesuffix("...").strip()
    lines = ["set: " + doc["set"], "source: " + doc["source"], "parts:"]
    for p in doc["parts"]:
        first = True
        for k, v in p.items():
            lines.append(("  - " if first else "    ") + k + ": " + val(v))
            first = False
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == doc, "emitter round-trip failed"
    with open(path, "w") as f:
        f.write(text)
    return text


def softmax(v, axis=-1):
    v = np.asarray(v, float)
    e = np.exp(v - v.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ---------------- 1. Recurrent layers ----------------
def rnn_layer_params(gates, inp, hid):
    # PyTorch: W_ih (gates*hid x inp), W_hh (gates*hid x hid), b_ih, b_hh (gates*hid each)
    return gates * hid * inp + gates * hid * hid + 2 * gates * hid


lstm1 = rnn_layer_params(4, 128, 256)
lstm2 = rnn_layer_params(4, 256, 256)
add("1a", "LSTM parameter count", "integer", lstm1)
add("1b", "LSTM parameter count", "integer", lstm1 + lstm2)
gru = rnn_layer_params(3, 64, 32)
add("1c", "GRU parameter count", "integer", gru)
add("1d", "GRU parameter count (bidirectional)", "integer", 2 * gru)
L, N, H, layers = 50, 16, 256, 2
add("1e", "LSTM output shape", "shape", [L, N, H], layout="(L, N, H_out)")
add("1f", "LSTM final hidden state shape", "shape", [layers, N, H], layout="(num_layers, N, H_out)")
h = 0.0
for xt in [1.0, -1.0, 2.0]:
    h = np.tanh(0.5 * h + 1.0 * xt)
add("1g", "vanilla RNN forward", "real", r(h), tol=0.001)

# ---------------- 2. Attention by hand ----------------
Q = np.array([[1, 2], [0, 1]], float)
K = np.array([[1, 1], [1, -1], [0, 2]], float)
V = np.array([[1, 0], [0, 1], [2, 2]], float)
dk = 2
S = Q @ K.T
add("2a", "attention raw scores", "matrix", r(S))
Ss = S / np.sqrt(dk)
add("2b", "attention scaled scores", "matrix", r(Ss), tol=0.001)
A = softmax(Ss, axis=1)
add("2c", "attention weights", "matrix", r(A), tol=0.001)
add("2d", "attention output", "matrix", r(A @ V), tol=0.001)
masked = Ss[0].copy(); masked[2] = -np.inf
add("2e", "masked attention output", "vector", r(softmax(masked) @ V), tol=0.001)
noncomp("2f", "explain scaling by sqrt(d_k)")

# ---------------- 3. Transformer sizes ----------------
d, nh, dff, vocab, T = 512, 8, 2048, 32000, 128
add("3a", "multi-head attention parameter count", "integer", 3 * d * d + 3 * d + d * d + d)
add("3b", "feed-forward parameter count", "integer", (d * dff + dff) + (dff * d + d))
add("3c", "embedding parameter count", "integer", vocab * d)
add("3d", "layer norm parameter count", "integer", 2 * (2 * d))
add("3e", "attention score MACs", "integer", nh * T * T * (d // nh))

# ---------------- 4. Softmax odds and ends ----------------
add("4a", "softmax (numerically stable)", "vector", r(softmax([1000, 1001, 1002])), tol=0.001)
add("4b", "softmax with temperature", "vector", r(softmax(np.array([2, 0, -2.0]) / 2)), tol=0.001)
noncomp("4c", "ambiguous: 'convolve' with no stated convention -- flipped (true convolution) "
              "vs cross-correlation, and full vs valid/same padding, give different results")
p = np.array([0.5, 0.25, 0.125, 0.5])
add("4d", "perplexity", "real", r(np.exp(-np.mean(np.log(p)))), tol=0.001)

doc = {"set": "hw6-attention", "source": "problems.md", "parts": parts}
print(emit(doc, "expected.yaml"))
