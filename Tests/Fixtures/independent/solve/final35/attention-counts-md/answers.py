"""Recompute every answer of attention-counts-md and write expected.yaml."""
import os
import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
class _Dumper(yaml.SafeDumper):
    pass


def _repr_list(dumper, data):
    flow = not any(isinstance(v, dict) for v in data)
    return dumper.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=flow)


_Dumper.add_representer(list, _repr_list)

parts = []
TOL = 0.001


def add(pid, **kw):
    parts.append(dict(id=pid, **kw))


def clean(a, nd=4):
    a = np.round(np.asarray(a, dtype=float), nd)
    def c(v):
        if isinstance(v, list):
            return [c(u) for u in v]
        v = float(v) + 0.0
        return int(v) if v.is_integer() else v
    return c(a.tolist())


def softmax_rows(S):
    S = np.asarray(S, float)
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


def conv_params(cin, cout, k, groups=1, bias=True):
    return cout * (cin // groups) * k * k + (cout if bias else 0)


def rnn_params(inp, hid, gates, layers=1):
    total = 0
    for l in range(layers):
        i = inp if l == 0 else hid
        total += gates * (hid * i + hid * hid + 2 * hid)  # PyTorch: b_ih and b_hh
    return total


def mha_params(E, heads, bias=True):
    # in_proj (3E x E) + in_proj bias 3E, out_proj E x E + bias E; independent of heads
    return 3 * E * E + (3 * E if bias else 0) + E * E + (E if bias else 0)


# ---------------- Problem 1
p_a = conv_params(64, 128, 3)
p_b = conv_params(64, 64, 3, groups=64) + conv_params(64, 128, 1)
add('1a', computable=True, family='conv parameter count', answer_kind='integer', answer=p_a)
add('1b', computable=True, family='depthwise separable parameter count', answer_kind='integer', answer=p_b)
add('1c', computable=True, family='grouped conv parameter count', answer_kind='integer',
    answer=conv_params(64, 128, 3, groups=4, bias=False))
add('1d', computable=True, family='linear parameter count', answer_kind='integer', answer=784 * 256 + 256)
add('1e', computable=True, family='embedding parameter count', answer_kind='integer', answer=30000 * 512)
add('1f', computable=True, family='LSTM parameter count (PyTorch biases)', answer_kind='integer',
    answer=rnn_params(128, 256, 4, layers=2))
add('1g', computable=True, family='GRU parameter count (PyTorch biases)', answer_kind='integer',
    answer=rnn_params(64, 32, 3))
add('1h', computable=True, family='multi-head attention parameter count', answer_kind='integer',
    answer=mha_params(512, 8))
add('1i', computable=True, family='multi-head attention parameter count (true/false)',
    answer_kind='boolean', answer=bool(mha_params(512, 16) == 2 * mha_params(512, 8)))
ratio = p_a / p_b
opts = {'A': 2, 'B': 4, 'C': 8, 'D': 16}
best = min(opts, key=lambda k: abs(opts[k] - ratio))
add('1j', computable=True, family='depthwise separable reduction factor (multiple choice)',
    answer_kind='choice', answer=best)

# ---------------- Problem 2: MACs on a 64x32x32 input, no padding
Ho = 32 - 3 + 1
macs_a = 128 * Ho * Ho * 64 * 3 * 3
macs_b = 64 * Ho * Ho * 3 * 3 + 128 * Ho * Ho * 64
add('2a', computable=True, family='conv MACs', answer_kind='integer', answer=macs_a)
add('2b', computable=True, family='depthwise separable MACs', answer_kind='integer', answer=macs_b)
add('2c', computable=True, family='MAC ratio', answer_kind='real', answer=clean(macs_a / macs_b, 2),
    tolerance=0.01)

# ---------------- Problem 3: attention
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 0], [0, 1], [1, -1]], float)
V = np.array([[1, 2], [0, 1], [3, 0]], float)
dk = 2
S = Q @ K.T / np.sqrt(dk)
A = softmax_rows(S)
O = A @ V
mask = np.tril(np.ones((3, 3), bool))
Am = softmax_rows(np.where(mask, S, -np.inf))
Om = Am @ V
add('3a', computable=True, family='attention scores (scaled)', answer_kind='matrix', answer=clean(S),
    tolerance=TOL)
add('3b', computable=True, family='attention weights', answer_kind='matrix', answer=clean(A), tolerance=TOL)
add('3c', computable=True, family='attention output', answer_kind='matrix', answer=clean(O), tolerance=TOL)
add('3d', computable=True, family='causal attention output', answer_kind='vector', answer=clean(Om[1]),
    tolerance=TOL)
add('3e', computable=False, why='explain in words')

# ---------------- Problem 4: language-model loss
p = np.array([0.5, 0.25, 0.125])
ce = float(np.mean(-np.log(p)))
add('4a', computable=True, family='cross-entropy loss', answer_kind='real', answer=clean(ce), tolerance=TOL)
add('4b', computable=True, family='perplexity', answer_kind='real', answer=clean(np.exp(ce)), tolerance=TOL)
add('4c', computable=True, family='cross-entropy of a uniform prediction', answer_kind='real',
    answer=clean(np.log(30000)), tolerance=TOL)
add('4d', computable=True, family='cross-entropy in bits', answer_kind='real', answer=clean(ce / np.log(2)),
    tolerance=TOL)

with open(os.path.join(HERE, 'expected.yaml'), 'w') as f:
    yaml.dump({'set': 'attention-counts-md', 'source': 'problems.md', 'parts': parts}, f,
                   Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, 'expected.yaml')).read())
