"""Computes every numeric answer of the key for conv-by-hand-exercises."""
import numpy as np

def corr1d(x, w, stride=1, pad=0):
    x = np.pad(np.asarray(x, float), pad)
    k = len(w)
    return [float(np.dot(x[i:i + k], w)) for i in range(0, len(x) - k + 1, stride)]

x = [1, 2, 0, -1, 3]; w = [1, 0, -1]
print("2.3a", corr1d(x, w))
print("2.3b", corr1d(x, w, 2, 1))

X = np.array([[1, 2, 0, 1], [0, 1, 3, 1], [2, 1, 0, 0], [1, 0, 1, 2]], float)
K = np.array([[1, 0], [0, -1]], float)
def corr2d(X, K):
    kh, kw = K.shape
    return np.array([[np.sum(X[i:i + kh, j:j + kw] * K) for j in range(X.shape[1] - kw + 1)]
                     for i in range(X.shape[0] - kh + 1)])
Y = corr2d(X, K)
print("2.4a", Y.tolist())
P = np.array([[Y[i:i + 2, j:j + 2].max() for j in range(2)] for i in range(2)])
print("2.4b", P.tolist())
print("2.4c", corr2d(X, K[::-1, ::-1])[0, 1])

xin = [1, 2]; k = np.array([1, -1, 2.]); s = 2
out = np.zeros((len(xin) - 1) * s + len(k))
for i, v in enumerate(xin):
    out[i * s:i * s + len(k)] += v * k
print("2.5", out.tolist())

def lstm_params(I, H, layers):
    tot = 0
    for l in range(layers):
        inp = I if l == 0 else H
        tot += 4 * (H * inp + H * H + 2 * H)
    return tot
print("2.6a", lstm_params(10, 20, 2))
print("2.6b", 3 * (20 * 10 + 20 * 20 + 2 * 20), "-> A")
