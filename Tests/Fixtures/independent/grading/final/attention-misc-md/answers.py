"""Computes every numeric answer of the key for attention-misc-md."""
import numpy as np

Q = np.array([[1, 0], [0, 2.]]); K = np.array([[1, 1], [2, 0.]]); dk = 4
S = Q @ K.T / np.sqrt(dk)
print("1a", S.tolist())
a = np.exp(S[0]) / np.exp(S[0]).sum()
print("1b", a, np.round(a, 3))
E = 64
print("1c", 3 * E * E + 3 * E + E * E + E)   # in_proj weight+bias, out_proj weight+bias

print("2a", 1280 * 0.125)
print("2b", "5*sqrt(2) =", 5 * np.sqrt(2), round(5 * np.sqrt(2), 3))
z = np.linspace(-10, 10, 100001)
sig = 1 / (1 + np.exp(-z))
print("2c", "C  (max sigmoid' =", (sig * (1 - sig)).max(), "; max tanh' =", (1 - np.tanh(z) ** 2).max(), ")")
print("2d", "false (per-example statistics)")
