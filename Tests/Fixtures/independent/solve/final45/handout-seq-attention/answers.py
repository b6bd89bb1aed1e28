#!/usr/bin/env python3
"""Recomputes every answer of handout-seq-attention/problems.txt and writes expected.yaml."""
import numpy as np

# ---- tiny deterministic YAML writer (no external deps) ----
import json, os


def _scalar(v):
    if isinstance(v, (bool, np.bool_)):
        return 'true' if v else 'false'
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        x = round(float(v), 6) + 0.0
        if x == int(x) and abs(x) < 1e12:
            return repr(float(int(x)))
        return repr(x)
    if isinstance(v, str):
        return v if v.isalnum() and not v.isdigit() else json.dumps(v)
    raise TypeError(type(v))


def _flow(v):
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(_flow(x) for x in v) + ']'
    return _scalar(v)


def write_yaml(set_name, source, parts, path='expected.yaml'):
    seen = set()
    lines = ['set: ' + set_name, 'source: ' + source, 'parts:']
    for p in parts:
        assert p['id'] not in seen, p['id']
        seen.add(p['id'])
        lines.append('  - id: ' + json.dumps(p['id']))
        lines.append('    computable: ' + ('true' if p['computable'] else 'false'))
        for k in ('family', 'answer_kind', 'answer', 'layout', 'tolerance', 'why'):
            if k in p:
                v = p[k]
                if k in ('family', 'why'):
                    lines.append('    %s: %s' % (k, json.dumps(v)))
                else:
                    lines.append('    %s: %s' % (k, _flow(v)))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), path)
    with open(out, 'w') as f:
        f.write('\n'.join(lines) + '\n')


def C(pid, family, kind, answer, **kw):
    d = {'id': pid, 'computable': True, 'family': family, 'answer_kind': kind, 'answer': answer}
    d.update(kw)
    return d


def N(pid, why):
    return {'id': pid, 'computable': False, 'why': why}


def r4(v):
    return np.round(np.asarray(v, float), 4).tolist()


def softmax_rows(S):
    S = np.asarray(S, float)
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


parts = []

# ---------------- Question 1 (PyTorch conventions: two bias vectors per gate group) ----------------
linear = lambda i, o, bias=True: i * o + (o if bias else 0)


def rnn_family(gates, inp, hid, layers=1, bidir=False):
    D = 2 if bidir else 1
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid * D
        total += D * gates * (hid * i + hid * hid + 2 * hid)
    return total

parts.append(C('1a', 'linear layer parameter count', 'integer', linear(512, 10)))
parts.append(C('1b', 'linear layer parameter count without bias', 'integer', linear(512, 10, False)))
parts.append(C('1c', 'embedding parameter count', 'integer', 30000 * 256))
parts.append(C('1d', 'LSTM parameter count', 'integer', rnn_family(4, 128, 256, layers=2)))
parts.append(C('1e', 'GRU parameter count', 'integer', rnn_family(3, 64, 32)))
parts.append(C('1f', 'bidirectional RNN parameter count', 'integer', rnn_family(1, 100, 50, bidir=True)))
E_ = 512
mha = 3 * E_ * E_ + 3 * E_ + E_ * E_ + E_      # in_proj weight+bias, out_proj weight+bias
parts.append(C('1g', 'multi-head attention parameter count', 'integer', mha))
parts.append(N('1h', 'ambiguous: no framework given; one bias per gate (textbook) vs two bias vectors (PyTorch/cuDNN) changes the count'))

# ---------------- Question 2 ----------------
Q = np.array([[1, 0], [0, 1]], float)
K = np.array([[1, 0], [1, 1], [0, 1]], float)
V = np.array([[1, 2], [3, 0], [0, 1]], float)
dk = Q.shape[1]
S = Q @ K.T
parts.append(C('2a', 'attention raw scores', 'matrix', S.astype(int).tolist()))
Ss = S / np.sqrt(dk)
parts.append(C('2b', 'scaled attention scores', 'matrix', r4(Ss), tolerance=0.001))
A = softmax_rows(Ss)
parts.append(C('2c', 'attention weights', 'matrix', r4(A), tolerance=0.001))
parts.append(C('2d', 'attention output', 'vector', r4((A @ V)[0]), tolerance=0.001))
parts.append(C('2e', 'unscaled attention weights', 'vector', r4(softmax_rows(S)[0]), tolerance=0.001))
parts.append(N('2f', 'explain in words (scaling by sqrt(d_k))'))
parts.append(C('2g', 'per-head dimension', 'integer', 512 // 8))

# ---------------- Question 3 ----------------
Nb, T, H = 16, 50, 64
parts.append(C('3a', 'LSTM output shape', 'shape', [Nb, T, H], layout='(batch, seq, hidden)'))
parts.append(C('3b', 'LSTM hidden state shape', 'shape', [2 * 2, Nb, H], layout='(num_layers*directions, batch, hidden)'))

# ---------------- Question 4 ----------------
parts.append(N('4a', 'ambiguous: the worksheet never says whether the kernel is flipped (convolution [2, 2]) or not (cross-correlation [-2, -2])'))
L_out = (100 + 2 * 1 - 3) // 1 + 1
parts.append(C('4b', 'Conv1d MACs', 'integer', L_out * 256 * 256 * 3))
Emb = np.array([[0.1, 0.2], [0.5, -0.3], [1.0, 1.0], [-0.4, 0.8], [0.0, 0.0]])
parts.append(C('4c', 'embedding lookup and mean pooling', 'vector', r4(Emb[[3, 0, 3]].mean(axis=0)), tolerance=0.001))
Wh = np.array([[0.5, 0], [0, 0.5]])
Wx = np.array([[1, -1], [0, 2]], float)
b = np.zeros(2)
h = np.zeros(2)
for xt in ([1.0, 0.0], [0.0, 1.0]):
    h = np.tanh(Wh @ h + Wx @ np.array(xt) + b)
parts.append(C('4d', 'RNN forward pass', 'vector', r4(h), tolerance=0.001))

write_yaml('handout-seq-attention', 'problems.txt', parts)
