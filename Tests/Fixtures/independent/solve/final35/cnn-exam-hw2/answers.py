"""Recompute every answer of cnn-exam-hw2 and write expected.yaml."""
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


def add(pid, **kw):
    parts.append(dict(id=pid, **kw))


def tolist(a, nd=4):
    a = np.asarray(a, dtype=float)
    r = np.round(a, nd)
    out = r.tolist()
    def clean(v):
        if isinstance(v, list):
            return [clean(u) for u in v]
        return int(v) if float(v).is_integer() else float(v)
    return clean(out)


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def corr1d(x, w, stride=1, pad=0):
    x = np.concatenate([np.zeros(pad), np.asarray(x, float), np.zeros(pad)])
    k = len(w)
    n = (len(x) - k) // stride + 1
    return np.array([np.dot(x[i * stride:i * stride + k], w) for i in range(n)])


def corr2d(X, K, stride=1):
    X = np.asarray(X, float); K = np.asarray(K, float)
    kh, kw = K.shape
    oh = (X.shape[0] - kh) // stride + 1
    ow = (X.shape[1] - kw) // stride + 1
    return np.array([[np.sum(X[i*stride:i*stride+kh, j*stride:j*stride+kw] * K)
                      for j in range(ow)] for i in range(oh)])


def pool2d(X, k, s, fn):
    X = np.asarray(X, float)
    oh = (X.shape[0] - k) // s + 1
    ow = (X.shape[1] - k) // s + 1
    return np.array([[fn(X[i*s:i*s+k, j*s:j*s+k]) for j in range(ow)] for i in range(oh)])


# ---------------- Problem 1: output shapes, input 3x64x64
H = 64
add('1a', computable=True, family='conv output shape', answer_kind='shape',
    answer=[16, conv_out(H, 5), conv_out(H, 5)], layout='CHW')
add('1b', computable=True, family='conv output shape (stride, padding)', answer_kind='shape',
    answer=[16, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2)], layout='CHW')
add('1c', computable=True, family='conv output shape (dilation)', answer_kind='shape',
    answer=[8, conv_out(H, 7, 1, 3, 2), conv_out(H, 7, 1, 3, 2)], layout='CHW')
same = conv_out(H, 3, 1, 1)  # 'same' with stride 1 keeps the size
pooled = conv_out(same, 2, 2)
add('1d', computable=True, family="conv 'same' then max pool output shape", answer_kind='shape',
    answer=[16, pooled, pooled], layout='CHW')
add('1e', computable=True, family='transposed conv output shape', answer_kind='shape',
    answer=[6, tconv_out(H, 3, 3), tconv_out(H, 3, 3)], layout='CHW')
opts = {'A': (3, 2, 0), 'B': (4, 2, 1), 'C': (5, 2, 1), 'D': (2, 2, 1)}
good = [L for L, (k, s, p) in opts.items() if conv_out(H, k, s, p) == 32]
assert len(good) == 1
add('1f', computable=True, family='conv output shape (multiple choice)', answer_kind='choice',
    answer=good[0])

# ---------------- Problem 2: convolution by hand
x = np.array([2, -1, 3, 0, 1, 4], float)
w = np.array([1, 0, -2], float)
add('2a', computable=True, family='1D cross-correlation', answer_kind='vector',
    answer=tolist(corr1d(x, w)))
add('2b', computable=True, family='1D cross-correlation with padding and stride', answer_kind='vector',
    answer=tolist(corr1d(x, w, stride=2, pad=1)))
add('2c', computable=True, family='1D true convolution (flipped kernel)', answer_kind='vector',
    answer=tolist(corr1d(x, w[::-1])))
X = np.array([[1, 2, 0, 1], [0, 1, 3, 2], [2, 0, 1, 1], [1, 3, 0, 2]], float)
K = np.array([[1, -1], [0, 2]], float)
add('2d.i', computable=True, family='2D cross-correlation', answer_kind='matrix',
    answer=tolist(corr2d(X, K)))
add('2d.ii', computable=True, family='2D cross-correlation with stride', answer_kind='matrix',
    answer=tolist(corr2d(X, K, stride=2)))

# ---------------- Problem 3: transposed conv, recovering a filter
u = np.array([1, 2, -1], float)
kt = np.array([1, 3, -1], float)
s = 2
out = np.zeros((len(u) - 1) * s + len(kt))
for i, ui in enumerate(u):
    out[i * s:i * s + len(kt)] += ui * kt
add('3a', computable=True, family='1D transposed convolution', answer_kind='vector',
    answer=tolist(out))
xr = np.array([1, 2, 0, -1, 3], float)
yr = np.array([0, 3, 4], float)
A = np.array([xr[i:i + 3] for i in range(3)])
wr = np.linalg.solve(A, yr)
assert np.allclose(corr1d(xr, wr), yr)
add('3b', computable=True, family='recover filter from input and output', answer_kind='vector',
    answer=tolist(wr))
add('3c', computable=False, why='explain in words (identifiability of the filter)')

# ---------------- Problem 4: pooling
P = np.array([[1, 5, 2, 0], [3, -1, 4, 6], [0, 2, 7, 1], [8, 3, -2, 4]], float)
add('4a', computable=True, family='max pooling', answer_kind='matrix',
    answer=tolist(pool2d(P, 2, 2, np.max)))
add('4b', computable=True, family='average pooling', answer_kind='matrix',
    answer=tolist(pool2d(P, 2, 2, np.mean)))
add('4c', computable=True, family='global average pooling', answer_kind='real',
    answer=float(P.mean()), tolerance=0.001)

# ---------------- Problem 5: receptive field and cost
layers = [  # (type, k, cout, stride, pad)
    ('conv', 3, 32, 1, 1), ('conv', 3, 32, 1, 1), ('pool', 2, None, 2, 0),
    ('conv', 3, 64, 1, 1), ('conv', 3, 64, 2, 1)]
rf, jump = 1, 1
rfs = []
C, Hs = 3, 32
macs = []
for typ, k, cout, st, pd in layers:
    rf += (k - 1) * jump
    jump *= st
    rfs.append(rf)
    Ho = conv_out(Hs, k, st, pd)
    if typ == 'conv':
        macs.append(cout * Ho * Ho * C * k * k)
        C = cout
    else:
        macs.append(0)
    Hs = Ho
add('5a', computable=True, family='receptive field', answer_kind='integer', answer=rfs[3])
add('5b', computable=True, family='receptive field', answer_kind='integer', answer=rfs[4])
add('5c', computable=True, family='conv MACs', answer_kind='integer', answer=int(macs[0]))
add('5d', computable=True, family='conv FLOPs', answer_kind='integer', answer=int(2 * macs[3]))
add('5e', computable=False, why='explain in words (two reasons)')

with open(os.path.join(HERE, 'expected.yaml'), 'w') as f:
    yaml.dump({'set': 'cnn-exam-hw2', 'source': 'problems.tex', 'parts': parts}, f,
                   Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=100)
print(open(os.path.join(HERE, 'expected.yaml')).read())
