"""Recompute every answer of ps2-handout and write expected.yaml."""
import numpy as np
import yaml

parts = []
def r(v, n=4): return np.round(np.asarray(v, float), n).tolist()
def add(id, family, kind, answer, **kw):
    d = dict(id=id, computable=True, family=family, answer_kind=kind, answer=answer)
    d.update(kw); parts.append(d)
def nc(id, why): parts.append(dict(id=id, computable=False, why=why))

# Q1
xs = np.array([0, 1, 2, 3], float); ys = np.array([1, 3, 4, 8], float)
X = np.stack([np.ones(4), xs], 1)
w = np.linalg.solve(X.T @ X, X.T @ ys)
add('1a', 'least squares closed form', 'vector', r(w), tolerance=0.001)
wr = np.linalg.solve(X.T @ X + 1.0 * np.eye(2), X.T @ ys)
add('1b', 'ridge closed form', 'vector', r(wr), tolerance=0.001)
add('1c', 'training MSE', 'real', round(float(np.mean((X @ w - ys) ** 2)), 4), tolerance=0.001)
add('1d', 'least squares prediction', 'real', round(float(w @ [1, 4]), 4), tolerance=0.001)
nc('1e', 'derive a formula')

# Q2
x, y, z = 2.0, -3.0, 4.0
q = x * y + z
add('2a', 'computational graph forward', 'real', q ** 2, tolerance=0.001)
add('2b', 'backprop tiny graph', 'vector', r([2 * q * y, 2 * q * x, 2 * q]), tolerance=0.001)
wv = np.array([0.5, -1]); b = 0.25; xi = np.array([2.0, 1.0]); t = 1
a = 1 / (1 + np.exp(-(wv @ xi + b)))
add('2c', 'sigmoid neuron forward', 'real', round(float(a), 4), tolerance=0.001)
add('2d', 'binary cross-entropy', 'real', round(float(-(t * np.log(a) + (1 - t) * np.log(1 - a))), 4), tolerance=0.001)
add('2e', 'BCE gradient wrt weights', 'vector', r((a - t) * xi), tolerance=0.001)

# Q3
Xc = np.array([[1, 0, 2, 1, 0], [0, 1, 1, 0, 2], [3, 1, 0, 1, 1], [0, 2, 1, 2, 0], [1, 0, 0, 1, 3]], float)
Kc = np.array([[1, 0, -1]] * 3, float)
def xcorr(X, K, s=1, p=0):
    X = np.pad(X, p); k = K.shape[0]
    n = (X.shape[0] - k) // s + 1
    return np.array([[(X[i*s:i*s+k, j*s:j*s+k] * K).sum() for j in range(n)] for i in range(n)])
A = xcorr(Xc, Kc)
add('3a', '2D cross-correlation', 'matrix', r(A))
add('3b', '2D cross-correlation stride and padding', 'matrix', r(xcorr(Xc, Kc, 2, 1)))
add('3c', "conv output shape ('same' padding)", 'shape', [32, 8, 28, 28], layout='NCHW')
add('3d', 'conv FLOPs', 'integer', 2 * 8 * 28 * 28 * 3 * 5 * 5)
mp = np.array([[A[i:i+2, j:j+2].max() for j in range(2)] for i in range(2)])
add('3e', 'max pooling stride 1', 'matrix', r(mp))

# Q4
s = np.array([3.2, 5.1, -1.7]); c = 0
add('4a', 'multiclass hinge loss', 'real', round(float(sum(max(0, s[j] - s[c] + 1) for j in range(3) if j != c)), 4), tolerance=0.001)
add('4b', 'MSE loss', 'real', round(float(np.mean((np.array([1.5, 2, -0.5]) - np.array([1, 2, 0])) ** 2)), 4), tolerance=0.001)
add('4c', 'leaky ReLU derivative', 'real', 0.01 if -0.3 < 0 else 1.0, tolerance=1e-6)
zz = np.array([0.3, -1.0, 2.0]); sm = lambda v: np.exp(v) / np.exp(v).sum()
add('4d', 'softmax shift invariance true/false', 'boolean', bool(np.allclose(sm(zz), sm(zz + 5.0))))
act = np.array([2, 4, 4, 4, 5, 5, 7, 9], float)
nc('4e', 'ambiguous: biased variance gives %g, unbiased gives %.4f; the text does not say which' % (act.var(), act.var(ddof=1)))

# Q5
for pid, ch in (('5a', [[1, 3], [5, 7]]), ('5b', [[0, 0], [2, 2]])):
    ch = np.array(ch, float)
    add(pid, 'instance norm forward', 'matrix', r((ch - ch.mean()) / np.sqrt(ch.var())), tolerance=0.001)

with open(__file__.replace('answers.py', 'expected.yaml'), 'w') as f:
    yaml.safe_dump(dict(set='ps2-handout', source='problems.txt', parts=parts), f,
                   sort_keys=False, default_flow_style=None)
