#!/usr/bin/env python3
"""Compute every numeric key value of dft-filters (python3 + numpy only)."""
import numpy as np

x = np.array([1, 2, 0, -1], dtype=float)
X = np.array([sum(x[n] * np.exp(-2j * np.pi * k * n / 4) for n in range(4)) for k in range(4)])
assert np.allclose(X, np.fft.fft(x))
f0, fs, N = 350.0, 500.0, 1000
alias = abs(f0 - fs * round(f0 / fs))
spacing = fs / N
k = alias / spacing
xin = np.array([3, 6, 9, 0, 0], dtype=float)
y = np.convolve(xin, np.ones(3) / 3)[:5]
w = np.pi / 2
H = (1 + np.exp(-1j * w) + np.exp(-2j * w)) / 3
# low-pass check: |H| at 0 vs pi
lp = abs((1 + 1 + 1) / 3) > abs((1 - 1 + 1) / 3)

print("5.1a", round(X[0].real, 10))
print("5.1b", f"{X[1].real:.10g}{X[1].imag:+.10g}j")
print("5.2a", alias)
print("5.2b", spacing)
print("5.2c", int(k))
print("5.3a", [float(round(v, 10)) for v in y])
print("5.3b", abs(H), "(= 1/3)")
print("5.3c", "A" if lp else "?")
