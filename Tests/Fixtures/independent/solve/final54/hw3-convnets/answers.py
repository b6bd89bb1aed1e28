"""Recompute every answer of hw3-convnets and write expected.yaml."""
import numpy as np
import yaml

def out_len(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

def tconv_len(n, k, s=1, p=0):
    return (n - 1) * s - 2 * p + k

def xcorr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return [float(np.dot(x[i:i + k], w)) for i in range(0, len(x) - k + 1, stride)]

def xcorr2d(X, K):
    X, K = np.asarray(X, float), np.asarray(K, float)
    kh, kw = K.shape
    return [[float((X[i:i + kh, j:j + kw] * K).sum()) for j in range(X.shape[1] - kw + 1)]
            for i in range(X.shape[0] - kh + 1)]

def tconv1d(x, w, stride):
    out = np.zeros(tconv_len(len(x), len(w), stride))
    for i, v in enumerate(x):
        out[i * stride:i * stride + len(w)] += v * np.asarray(w, float)
    return out.tolist()

def conv_params(cin, cout, k, groups=1, bias=True):
    return cin // groups * cout * k * k + (cout if bias else 0)

parts = []
def add(id, family, kind, answer, **kw):
    d = dict(id=id, computable=True, family=family, answer_kind=kind, answer=answer)
    d.update(kw); parts.append(d)
def nc(id, why):
    parts.append(dict(id=id, computable=False, why=why))

# Problem 1
H = 64
a = [16, out_len(H, 5, 1, 2), out_len(H, 5, 1, 2)]
add('1a', 'conv output shape', 'shape', a, layout='CHW')
b = [16, out_len(H, 5, 2, 2), out_len(H, 5, 2, 2)]
add('1b', 'conv output shape (stride)', 'shape', b, layout='CHW')
add('1c', 'conv output shape (dilation)', 'shape', [16, out_len(H, 3, 1, 0, 2)] * 1 + [out_len(H, 3, 1, 0, 2)], layout='CHW')
add('1d', 'max pool output shape', 'shape', [16, out_len(a[1], 3, 2), out_len(a[2], 3, 2)], layout='CHW')
add('1e', 'transposed conv output shape', 'shape', [8, tconv_len(b[1], 4, 2, 1), tconv_len(b[2], 4, 2, 1)], layout='CHW')

# Problem 2
x = [2, -1, 3, 0, 1, 4]; w = [1, 0, -2]
add('2a', '1D cross-correlation', 'vector', xcorr1d(x, w))
add('2b', '1D cross-correlation stride and padding', 'vector', xcorr1d(x, w, stride=2, pad=1))
add('2c', '1D true convolution (flipped kernel)', 'vector', xcorr1d(x, w[::-1]))
X = [[1, 2, 0, 1], [0, 1, 3, 2], [2, 1, 0, 1], [1, 0, 2, 3]]
K = [[1, -1], [0, 2]]
add('2d', '2D cross-correlation', 'matrix', xcorr2d(X, K))
add('2e', '1D transposed convolution', 'vector', tconv1d([1, 2, -1], [1, -1, 2], 2))
xi = np.array([1, 2, 0, -1, 3], float); yo = np.array([1, 6, 1, -6], float)
A = np.stack([xi[:-1], xi[1:]], axis=1)
wf = np.linalg.lstsq(A, yo, rcond=None)[0]
assert np.allclose(A @ wf, yo)
add('2f', 'recover filter from input and output', 'vector', [round(float(v), 6) for v in wf], tolerance=0.001)

# Problem 3
pa = conv_params(64, 128, 3)
pb = conv_params(64, 64, 3, groups=64) + conv_params(64, 128, 1)
add('3a', 'conv parameter count', 'integer', pa)
add('3b', 'depthwise separable parameter count', 'integer', pb)
add('3c', 'grouped conv parameter count', 'integer', conv_params(64, 128, 3, groups=4))
macs = 128 * out_len(32, 3, 1, 1) ** 2 * 64 * 3 * 3
add('3d', 'conv MACs', 'integer', macs)
opts = {'A': 3, 'B': 8, 'C': 9, 'D': 64, 'E': 128}
r = pa / pb
add('3e', 'parameter ratio multiple choice', 'choice', min(opts, key=lambda k: abs(opts[k] - r)))
nc('3f', 'explain in words')

# Problem 4: receptive field
layers = [(3, 1), (3, 1), (2, 2), (3, 1), (3, 2)]
rf, jump, rfs = 1, 1, []
for k, s in layers:
    rf += (k - 1) * jump; jump *= s; rfs.append(rf)
add('4a', 'receptive field', 'integer', rfs[2])
add('4b', 'receptive field', 'integer', rfs[4])
M = np.array([[1, 5, 2, 0], [3, 2, 8, 1], [0, 4, 6, 6], [7, 1, 2, 3]], float)
mp = M.reshape(2, 2, 2, 2).max(axis=(1, 3))
add('4c', 'max pooling', 'matrix', mp.tolist())
add('4d', 'global average pooling', 'real', float(M.mean()), tolerance=0.001)
nc('4e', 'discuss: argument for and against')

with open(__file__.replace('answers.py', 'expected.yaml'), 'w') as f:
    yaml.safe_dump(dict(set='hw3-convnets', source='problems.tex', parts=parts), f,
                   sort_keys=False, default_flow_style=None)
