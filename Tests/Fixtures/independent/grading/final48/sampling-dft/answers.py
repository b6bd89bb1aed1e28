#!/usr/bin/env python3
"""Key values for ECE 216 Problem Set 6 (sampling, quantization, DFT)."""
import numpy as np

f1, f2 = 1200.0, 3100.0
nyquist_rate = 2 * max(f1, f2)

fs = 4000.0
def apparent(f, fs):
    r = f % fs
    return min(r, fs - r)
alias_3100 = apparent(f2, fs)
aliased_1200 = apparent(f1, fs) != f1

N_bits, span = 12, 10.0                      # -5 V .. +5 V
delta_mV = span / 2 ** N_bits * 1000
sqnr_formula = 6.02 * N_bits + 1.76
sqnr_exact = 20 * np.log10(2 ** N_bits) + 10 * np.log10(1.5)

x = np.array([1, 2, 0, -1])
X = np.fft.fft(x)
energy = np.abs(X) ** 2

fs2, Nfft = 48000.0, 1024
df = fs2 / Nfft
k = 6000.0 / df

# problem 3: magnitude response of h = [1/2, 1/2] at DC and Nyquist
w = np.array([0.0, np.pi / 2, np.pi])
Hmag = np.abs(0.5 * (1 + np.exp(-1j * w)))

print(f"1a    Nyquist rate      = {nyquist_rate:g} Hz")
print(f"1b.i  3100 Hz appears at = {alias_3100:g} Hz")
print(f"1b.ii 1200 Hz aliased?   = {aliased_1200}  -> false")
print(f"1c    delta              = {delta_mV:.6f} mV -> {delta_mV:.3g} mV")
print(f"1d    SQNR (6.02N+1.76)  = {sqnr_formula:.3f} dB (exact {sqnr_exact:.3f}) -> {sqnr_formula:.1f}")
print(f"2a    |X[k]|^2           = {energy.round(10).tolist()}   (X = {np.round(X, 10).tolist()})")
print(f"2b    bin spacing        = {df} Hz")
print(f"2c    bin index          = {k:g}")
print(f"3     |H| at 0, pi/2, pi = {Hmag.round(4).tolist()} -> A (low-pass)")
