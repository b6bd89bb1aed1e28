"""Recompute every answer of week6-seq-models and write expected.yaml."""
import numpy as np
import yaml

parts = []
def r(v, n=4): return np.round(np.asarray(v, float), n).tolist()
def add(id, family, kind, answer, **kw):
    d = dict(id=id, computable=True, family=family, answer_kind=kind, answer=answer)
    d.update(kw); parts.append(d)
def nc(id, why): parts.append(dict(id=id, computable=False, why=why))

# 1. parameter counts (PyTorch conventions: LSTM/GRU have b_ih and b_hh)
linear = lambda i, o, bias=True: i * o + (o if bias else 0)
def rnn(gates, i, h, layers=1):
    total = 0
    for l in range(layers):
        inp = i if l == 0 else h
        total += gates * h * (inp + h) + 2 * gates * h
    return total
add('1a', 'linear parameter count', 'integer', linear(512, 256))
add('1b', 'linear parameter count without bias', 'integer', linear(512, 256, False))
add('1c', 'embedding parameter count', 'integer', 10000 * 300)
add('1d', 'LSTM parameter count', 'integer', rnn(4, 128, 256, 2))
add('1e', 'GRU parameter count', 'integer', rnn(3, 128, 256, 1))
add('1f', 'batch norm parameter count', 'integer', 2 * 64)
add('1g', 'layer norm parameter count', 'integer', 2 * 512)
E = 512
add('1h', 'multi-head attention parameter count', 'integer', 3 * E * E + 3 * E + E * E + E)

# 2. attention
Q = np.array([[1, 0], [0, 1], [1, 1]], float)
K = np.array([[1, 0], [0, 1], [1, -1]], float)
V = np.array([[1, 2], [0, 1], [3, 0]], float)
S = Q @ K.T / np.sqrt(2)
def softmax_rows(S):
    e = np.exp(S - S.max(1, keepdims=True)); return e / e.sum(1, keepdims=True)
A = softmax_rows(S)
add('2a', 'scaled attention scores', 'matrix', r(S), tolerance=0.001)
add('2b', 'attention weights', 'matrix', r(A), tolerance=0.001)
add('2c', 'attention output', 'matrix', r(A @ V), tolerance=0.001)
Sm = np.where(np.tril(np.ones((3, 3))) > 0, S, -np.inf)
add('2d', 'causal attention output', 'matrix', r(softmax_rows(Sm) @ V), tolerance=0.001)
nc('2e', 'explain in words')

# 3. optimizers
grad = lambda w: np.array([2 * w[0], 6 * w[1]])
w0 = np.array([1.0, 1.0]); lr = 0.1
add('3a', 'SGD step', 'vector', r(w0 - lr * grad(w0)), tolerance=0.0001)
add('3b', 'SGD step with weight decay', 'vector', r(w0 - lr * (grad(w0) + 0.01 * w0)), tolerance=0.0001)
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w); w = w - lr * v
add('3c', 'momentum two steps', 'vector', r(w), tolerance=0.0001)
g = grad(w0); v = 0.9 * 0 + g
add('3d', 'Nesterov momentum step (PyTorch)', 'vector', r(w0 - lr * (g + 0.9 * v)), tolerance=0.0001)
b1, b2, eps, lra = 0.9, 0.999, 1e-8, 0.01
m = (1 - b1) * g; s = (1 - b2) * g ** 2
mh, sh = m / (1 - b1), s / (1 - b2)
add('3e', 'Adam step', 'vector', r(w0 - lra * mh / (np.sqrt(sh) + eps)), tolerance=0.0001)
nc('3f', 'ambiguous: "Adam with weight decay" may mean L2 added to the gradient (torch.optim.Adam, gives 0.99) or decoupled AdamW (gives 0.989)')

# 4. schedules
add('4a', 'step learning-rate schedule', 'real', 0.1 * 0.5 ** (25 // 10), tolerance=1e-6)
add("4b", "cosine learning-rate schedule", "real", round(float(0 + 0.5 * (0.1 - 0) * (1 + np.cos(np.pi * 50 / 100))), 10), tolerance=1e-6)

with open(__file__.replace('answers.py', 'expected.yaml'), 'w') as f:
    yaml.safe_dump(dict(set='week6-seq-models', source='problems.md', parts=parts), f,
                   sort_keys=False, default_flow_style=None)
