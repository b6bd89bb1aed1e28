#!/usr/bin/env python3
"""Recomputes every answer of hw3-convnets/problems.tex and writes expected.yaml."""
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


# ---------------- helpers ----------------
def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def tconv_out(n, k, s=1, p=0, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def xcorr1d(x, w, s=1, p=0):
    x = np.pad(np.asarray(x, float), p)
    k = len(w)
    return np.array([x[i:i + k] @ np.asarray(w, float) for i in range(0, len(x) - k + 1, s)])


def xcorr2d(X, K, s=1):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    H = (X.shape[0] - kh) // s + 1
    W = (X.shape[1] - kw) // s + 1
    return np.array([[np.sum(X[i * s:i * s + kh, j * s:j * s + kw] * K) for j in range(W)] for i in range(H)])


def pool2d(A, k, s, op):
    A = np.asarray(A, float)
    H = (A.shape[0] - k) // s + 1
    W = (A.shape[1] - k) // s + 1
    return np.array([[op(A[i * s:i * s + k, j * s:j * s + k]) for j in range(W)] for i in range(H)])


def ints(a):
    return [[int(round(v)) for v in row] for row in np.asarray(a)] if np.ndim(a) == 2 else [int(round(v)) for v in a]


parts = []

# ---------------- Problem 1 ----------------
N_, H = 8, 64
a = (N_, 32, conv_out(H, 5, 1, 2), conv_out(H, 5, 1, 2))
parts.append(C('1a', 'conv output shape', 'shape', list(a), layout='NCHW'))
b = (N_, 32, conv_out(H, 5, 2, 2), conv_out(H, 5, 2, 2))
parts.append(C('1b', 'conv output shape with stride', 'shape', list(b), layout='NCHW'))
c = (N_, 16, conv_out(H, 7, 3, 0), conv_out(H, 7, 3, 0))
parts.append(C('1c', 'conv output shape with stride', 'shape', list(c), layout='NCHW'))
d = (N_, 10, conv_out(H, 3, 1, 1, 2), conv_out(H, 3, 1, 1, 2))
parts.append(C('1d', 'dilated conv output shape', 'shape', list(d), layout='NCHW'))
e = (N_, a[1], conv_out(a[2], 3, 2), conv_out(a[3], 3, 2))
parts.append(C('1e', 'max pooling output shape', 'shape', list(e), layout='NCHW'))
f = (N_, 16, tconv_out(b[2], 4, 2, 1), tconv_out(b[3], 4, 2, 1))
parts.append(C('1f', 'transposed conv output shape', 'shape', list(f), layout='NCHW'))
parts.append(N('1g', 'explain in words (even kernel cannot be padded symmetrically for same size)'))

# ---------------- Problem 2 ----------------
x = [2, -1, 3, 0, 1, 4]
w = [1, 0, -2]
parts.append(C('2a', '1D cross-correlation', 'vector', ints(xcorr1d(x, w))))
parts.append(C('2b', '1D convolution (flipped kernel)', 'vector', ints(xcorr1d(x, w[::-1]))))
parts.append(C('2c', '1D cross-correlation with padding and stride', 'vector', ints(xcorr1d(x, w, s=2, p=1))))
X = [[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]]
K = [[1, -1], [0, 2]]
parts.append(C('2d', '2D cross-correlation', 'matrix', ints(xcorr2d(X, K))))
Z = np.array([[1, 2], [-1, 0]], float)
Kp = np.array([[1, 1], [0, -1]], float)
T = np.zeros((3, 3))
for i in range(2):
    for j in range(2):
        T[i:i + 2, j:j + 2] += Z[i, j] * Kp
parts.append(C('2e', 'transposed convolution by hand', 'matrix', ints(T)))
xin = np.array([1, 2, 0, -1, 3], float)
yout = np.array([1, 6, 1, -6], float)
A = np.stack([xin[:-1], xin[1:]], axis=1)      # y_i = w1 x_i + w2 x_{i+1}
wrec, *_ = np.linalg.lstsq(A, yout, rcond=None)
assert np.allclose(A @ wrec, yout)
parts.append(C('2f', 'recover filter from input and output', 'vector', ints(wrec)))

# ---------------- Problem 3 ----------------
Am = np.array([[1, 3, 2, 0], [4, 6, 1, 5], [7, 2, 0, 8], [0, 1, 3, 9]], float)
mp = pool2d(Am, 2, 2, np.max)
parts.append(C('3a', 'max pooling', 'matrix', ints(mp)))
parts.append(C('3b', 'average pooling', 'matrix', pool2d(Am, 2, 2, np.mean).tolist(), tolerance=0.001))
parts.append(C('3c', 'max pooling stride 1', 'matrix', ints(pool2d(Am, 3, 1, np.max))))
parts.append(C('3d', 'global average pooling', 'real', float(Am.mean()), tolerance=0.001))
# number of argmax positions (windows have unique maxima here)
cnt = 0
for i in range(2):
    for j in range(2):
        win = Am[2 * i:2 * i + 2, 2 * j:2 * j + 2]
        assert np.sum(win == win.max()) == 1
        cnt += 1
opts = {'A': 1, 'B': 4, 'C': 8, 'D': 16}
parts.append(C('3e', 'max pooling backward (multiple choice)', 'choice', [k for k, v in opts.items() if v == cnt][0]))

# ---------------- Problem 4 ----------------
def conv_params(cin, cout, k, bias=True, groups=1):
    return (cin // groups) * cout * k * k + (cout if bias else 0)

p1 = conv_params(3, 32, 3)
p2 = conv_params(32, 64, 3)
p3 = conv_params(64, 64, 5)
parts.append(C('4a', 'conv parameter count', 'integer', p1))
parts.append(C('4b', 'network parameter count', 'integer', p1 + p2 + p3))
dws = 64 * 5 * 5 + 64 * 64
parts.append(C('4c', 'depthwise separable parameter count', 'integer', dws))
parts.append(C('4d', 'grouped conv parameter count', 'integer', conv_params(64, 64, 5, groups=4)))
h1 = conv_out(32, 3, 1, 1)
h2 = conv_out(h1, 3, 2, 1)
macs = h2 * h2 * 64 * (3 * 3 * 32)
parts.append(C('4e', 'conv MACs', 'integer', macs))
r, j = 1, 1
for k, s in [(3, 1), (3, 2), (2, 2), (5, 1)]:
    r += (k - 1) * j
    j *= s
parts.append(C('4f', 'receptive field', 'integer', r))
Cc = 7  # any C > 0
same_rf = (1 + 2 + 2) == 5
fewer = 2 * 9 * Cc * Cc < 25 * Cc * Cc
parts.append(C('4g', 'receptive field / parameter comparison (true/false)', 'boolean', bool(same_rf and fewer)))
parts.append(N('4h', 'explain in words (discussion of small kernels)'))

write_yaml('hw3-convnets', 'problems.tex', parts)
