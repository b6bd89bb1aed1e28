#!/usr/bin/env python3
"""Answer key computations for dsp-dft (EE 242 HW4)."""
import numpy as np

x = np.array([1, 2, 0, -1])
h = np.array([2, -1, 1])
y = np.convolve(x, h)
print("1a linear conv     =", y.tolist())
N = 4
yc = np.zeros(N, dtype=int)
for n in range(len(y)):
    yc[n % N] += y[n]
# check against DFT-based circular convolution
hz = np.concatenate([h, np.zeros(N - len(h))])
yc2 = np.real(np.fft.ifft(np.fft.fft(x) * np.fft.fft(hz))).round().astype(int)
assert (yc == yc2).all()
print("1b circular conv   =", yc.tolist())

v = np.array([1, 0, -1, 2])
X = np.fft.fft(v)
print("   X               =", X)
print("2a |X[1]|          =", round(abs(X[1]), 6), "= 2*sqrt(2) =", round(2 * np.sqrt(2), 6))
print("2b X[2]            =", X[2].real, "(imag", X[2].imag, ")")
print("2c sum |X[k]|^2    =", round(float(np.sum(np.abs(X) ** 2)), 6), "= N*sum x^2 =", N * int(np.sum(v ** 2)))

fs, f0 = 10.0, 7.0
alias = abs(f0 - fs * round(f0 / fs))
print("3a alias (kHz)     =", alias)
w = np.pi / 2
H = (1 + np.exp(-1j * w) + np.exp(-2j * w)) / 3
print("3b |H(e^{j pi/2})| =", round(abs(H), 6), "= 1/3")
Hpi = 1 - np.exp(-1j * np.pi)
H0 = 1 - 1
print("3c h=[1,-1]: |H(0)| =", H0, " |H(pi)| =", abs(Hpi), " -> high-pass (B)")

# ---- check the key agrees -------------------------------------------------
computed = {"1a": y.tolist(), "1b": yc.tolist(), "2a": abs(X[1]), "2b": X[2].real,
            "2c": float(np.sum(np.abs(X) ** 2)), "3a": alias, "3b": abs(H)}
import os
from fractions import Fraction
import yaml

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")) as fh:
    key = yaml.safe_load(fh)["parts"]
for pid, val in computed.items():
    entry = key[pid]
    kv = entry["answer"]
    if isinstance(kv, str):
        kv = float(Fraction(kv))
    tol = entry.get("tolerance", 1e-9)
    got = np.array(val, dtype=float)
    want = np.array(kv, dtype=float)
    assert got.shape == want.shape, (pid, got, want)
    assert np.all(np.abs(got - want) <= tol + 1e-12), (pid, got.tolist(), want.tolist(), tol)
print("key.yaml agrees with computed values for:", ", ".join(computed))
