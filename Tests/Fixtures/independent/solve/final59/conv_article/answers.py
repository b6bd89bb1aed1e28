import numpy as np, yaml, math

def r(x, d=4):
    a = np.round(np.asarray(x, dtype=float), d) + 0.0
    return a.tolist() if a.ndim else float(a)
def ri(x): return np.asarray(x).astype(int).tolist() if np.ndim(x) else int(x)
parts = []
def add(id, family, kind, ans, tol=None, **kw):
    e = dict(id=id, computable=True, family=family, answer_kind=kind, answer=ans)
    if tol is not None: e['tolerance'] = tol
    e.update(kw); parts.append(e)
def nc(id, why): parts.append(dict(id=id, computable=False, why=why))

def out(n, k, s=1, p=0, d=1): return (n + 2*p - d*(k - 1) - 1)//s + 1
def tout(n, k, s=1, p=0, op=0, d=1): return (n - 1)*s - 2*p + d*(k - 1) + op + 1

# Problem 1
H = 64
h1 = out(H, 5, 2, 2); add('1a', 'conv output shape', 'shape', [16, h1, h1], layout='CHW')
h2 = out(H, 3, 1, 1, 2); add('1b', 'dilated conv output shape', 'shape', [8, h2, h2], layout='CHW')
h3 = out(h1, 3, 2); add('1c', 'max pool output shape', 'shape', [16, h3, h3], layout='CHW')
h4 = tout(32, 4, 2, 1); add('1d', 'transposed conv output shape', 'shape', [8, h4, h4], layout='CHW')
h5 = math.ceil(65/2); add('1e', "'same' padding output shape (strided)", 'shape', [h5, h5, 32], layout='HWC')
nc('1f', 'explain in words')

# Problem 2
x = np.array([1, 2, 0, -1, 3.0]); w = np.array([1, 0, -1.0])
def corr1d(x, w, s=1, p=0):
    x = np.pad(x, p); n = (len(x) - len(w))//s + 1
    return np.array([x[i*s:i*s+len(w)] @ w for i in range(n)])
add('2a', '1D cross-correlation', 'vector', r(corr1d(x, w)))
add('2b', '1D cross-correlation, stride and padding', 'vector', r(corr1d(x, w, 2, 1)))
add('2c', '1D true convolution (flipped kernel)', 'vector', r(corr1d(x, w[::-1])))
X = np.array([[1, 0, 2, 1], [3, 1, 0, 2], [0, 2, 1, 1], [1, 1, 3, 0.0]])
K = np.array([[1, -1], [0, 2.0]])
Y = np.array([[np.sum(X[i:i+2, j:j+2]*K) for j in range(3)] for i in range(3)])
add('2d', '2D cross-correlation', 'matrix', r(Y))
blocks = X.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
add('2e', 'max pooling', 'matrix', r(blocks.max(-1)))
add('2f', 'average pooling', 'matrix', r(blocks.mean(-1)), 1e-4)
add('2g', 'global average pooling', 'real', r(X.mean()), 1e-4)

# Problem 3
u = np.array([1, 2, 3.0]); k = np.array([1, -1, 2.0]); s = 2
y = np.zeros((len(u) - 1)*s + len(k))
for i, ui in enumerate(u): y[i*s:i*s+len(k)] += ui*k
add('3a', '1D transposed convolution', 'vector', r(y))
xx = np.array([1, 2, 3, 4.0]); yy = np.array([5, 8, 11.0])
A = np.stack([xx[:-1], xx[1:]], 1)
add('3b', 'recover filter from input and output', 'vector', r(np.linalg.lstsq(A, yy, rcond=None)[0]), 1e-4)
xx = np.array([1, 0, 2, 1.0]); yy = np.array([3, 5, 4.0])
A = np.stack([xx[:-1], xx[1:], np.ones(3)], 1)
add('3c', 'recover filter and bias', 'vector', r(np.linalg.solve(A, yy)), 1e-4)

# Problem 4
layers = [(3, 1, 1), (3, 1, 1), (2, 2, 1), (3, 1, 1), (3, 1, 2)]  # kernel, stride, dilation
rf, j = 1, 1
for kk, ss, dd in layers:
    rf += dd*(kk - 1)*j; j *= ss
add('4a', 'receptive field', 'integer', rf)
macs = 32*32*32*16*3*3
add('4b', 'conv MACs', 'integer', macs)
add('4c', 'depthwise separable MACs', 'integer', 32*32*16*9 + 32*32*16*32)
add('4d', 'conv FLOPs', 'integer', 2*macs)
C = 1
add('4e', 'receptive field / weights comparison (true/false)', 'boolean', bool(2*9*C*C < 25*C*C))
nc('4f', 'argue / discuss')

yaml.safe_dump(dict(set='conv_article', source='problems.tex', parts=parts),
               open('expected.yaml', 'w'), sort_keys=False, default_flow_style=None)
