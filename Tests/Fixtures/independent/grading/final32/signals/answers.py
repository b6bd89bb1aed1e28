"""Compute every key value of EE 3410 Homework 3 and check key.yaml."""
from fractions import Fraction as F
import os, yaml
import numpy as np

x = np.array([1, 2, 3]); h = np.array([1, -1])
v1a = np.convolve(x, h).tolist()
hp = np.array([1, -1, 0])
v1b = [int(sum(x[m] * hp[(n - m) % 3] for m in range(3))) for n in range(3)]
x2 = np.array([1, 0, -1, 0], dtype=float)
X = np.fft.fft(x2)
assert np.allclose(X.imag, 0)
v2ai = [int(round(v)) for v in X.real]
v2aii = float(np.sum(np.abs(X)**2))
# 2b: counter-example: a real sequence whose DFT is not symmetric (only conjugate-symmetric)
Xc = np.fft.fft([0.0, 1.0, 0.0, 0.0])
v2b = "true" if np.allclose(Xc[1], Xc[3]) else "false"
fs, f0 = 1000, 700
alias = abs(f0 - fs * round(f0 / fs))
v3 = alias
z = F(-1)
v4a = (1 - 1/z) / (1 - F(1, 2)/z)
H = lambda w: (1 - np.exp(-1j*w)) / (1 - 0.5*np.exp(-1j*w))
g0, gmid, gpi = abs(H(0.0)), abs(H(np.pi/2)), abs(H(np.pi))
v4b = "B" if g0 < gmid < gpi else "?"

vals = {"1a": v1a, "1b": v1b, "2a.i": v2ai, "2a.ii": v2aii, "2b": v2b, "3": v3, "4a": str(v4a), "4b": v4b}
for k, v in vals.items(): print(k, v)
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert v1a == key["1a"]["answer"] and v1b == key["1b"]["answer"]
assert v2ai == key["2a.i"]["answer"] and v2aii == key["2a.ii"]["answer"]
assert v2b == key["2b"]["text"] and v3 == key["3"]["answer"]
assert v4a == F(key["4a"]["answer"]) and v4b == key["4b"]["choice"]
print("key agrees")
