import numpy as np, yaml

def r(x, d=4):
    a = np.round(np.asarray(x, dtype=float), d) + 0.0
    return a.tolist() if a.ndim else float(a)
parts = []
def add(id, family, kind, ans, tol=None, **kw):
    e = dict(id=id, computable=True, family=family, answer_kind=kind, answer=ans)
    if tol is not None: e['tolerance'] = tol
    e.update(kw); parts.append(e)
def nc(id, why): parts.append(dict(id=id, computable=False, why=why))
softmax = lambda z: np.exp(z - z.max(-1, keepdims=True)) / np.exp(z - z.max(-1, keepdims=True)).sum(-1, keepdims=True)
sig = lambda s: 1/(1+np.exp(-s))

# 1
z = np.array([2.0, 1.0, -1.0, 0.0]); y = np.array([0, 1, 0, 0.0])
p = softmax(z)
add('1a', 'softmax', 'vector', r(p), 1e-4)
ce = -np.sum(y*np.log(p))
add('1b', 'cross-entropy with one-hot label', 'real', r(ce), 1e-4)
add('1c', 'cross-entropy gradient wrt logits', 'vector', r(p - y), 1e-4)
mse = np.mean((p - y)**2)
add('1d', 'MSE between softmax and one-hot', 'real', r(mse), 1e-4)
Z = np.array([[1.0, 0, 0], [0.5, 0.5, 2.0], [-1.0, 3.0, 0.0]]); lab = [0, 2, 1]
P = softmax(Z)
add('1e', 'batch cross-entropy (mean)', 'real', r(-np.mean(np.log(P[range(3), lab]))), 1e-4)
nc('1f', 'explain in words')

# 2
o = np.array([0.3, 0.9, -0.2]); t = np.array([0, 1, 0.0])
add('2a', 'MSE (mean) with one-hot target', 'real', r(np.mean((o - t)**2)), 1e-4)
add('2b', 'MSE (sum) with one-hot target', 'real', r(np.sum((o - t)**2)), 1e-4)
q = sig(o)
add('2c', 'binary cross-entropy with logits, one-hot target', 'real',
    r(np.mean(-(t*np.log(q) + (1-t)*np.log(1-q)))), 1e-4)
add('2d', 'multiclass hinge loss', 'real', r(sum(max(0, o[k] - o[1] + 1) for k in [0, 2])), 1e-4)

# 3
h = np.array([2.0, -1.0, 0.5, 3.0, 1.5]); m = np.array([1, 0, 1, 1, 0.0]); pdrop = 0.4; keep = 1 - pdrop
add('3.1', 'inverted dropout forward', 'vector', r(h*m/keep), 1e-4)
add('3.2', 'classic dropout training forward', 'vector', r(h*m), 1e-4)
add('3.3', 'classic dropout test-time scaling', 'vector', r(h*keep), 1e-4)
add('3.4', 'inverted dropout expectation', 'real', r(keep*(h[3]/keep)), 1e-4)
add('3.5', 'inverted dropout variance', 'real', r(keep*(h[3]/keep)**2 - h[3]**2), 1e-4)
add('3.6', 'dropout in eval mode (multiple choice)', 'choice', 'C')

# 4
x = np.array([1.0, -1.0])
W1 = np.array([[1, 2], [-1, 0], [0.5, -1]]); b1 = np.array([0, 1.5, 0.5])
W2 = np.array([[1, -1, 2.0]]); b2 = -0.5; tt = 1.0
a = W1@x + b1; hh = np.maximum(a, 0); s = (W2@hh)[0] + b2; yh = sig(s)
add('4a', 'MLP hidden activations', 'vector', r(hh), 1e-4)
add('4b', 'MLP output (sigmoid)', 'real', r(yh), 1e-4)
L = -(tt*np.log(yh) + (1-tt)*np.log(1-yh))
add('4c', 'binary cross-entropy', 'real', r(L), 1e-4)
ds = yh - tt
add('4d', 'backprop: gradient wrt W2', 'vector', r(ds*hh), 1e-4)
add('4e', 'backprop: gradient wrt b1', 'vector', r(ds*W2[0]*(a > 0)), 1e-4)
nc('4f', 'derive a general expression')

yaml.safe_dump(dict(set='losses_dropout_md', source='problems.md', parts=parts),
               open('expected.yaml', 'w'), sort_keys=False, default_flow_style=None)
