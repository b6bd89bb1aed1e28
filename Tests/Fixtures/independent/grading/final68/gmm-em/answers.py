#!/usr/bin/env python3
"""Computes every key value of gmm-em/key.yaml and prints `id: value` lines."""
import numpy as np

x = np.array([1.0, 2.0, 5.0])
pi = np.array([0.5, 0.5])
mu = np.array([0.0, 4.0])
var = np.array([1.0, 1.0])

dens = pi * np.exp(-(x[:, None] - mu) ** 2 / (2 * var)) / np.sqrt(2 * np.pi * var)
resp = dens / dens.sum(axis=1, keepdims=True)          # shape (N, K)
N1 = resp[:, 0].sum()
mu1 = (resp[:, 0] * x).sum() / N1
pi1 = N1 / len(x)

K, d = 3, 4
free = K * d + K * d * (d + 1) // 2 + (K - 1)

print("1a:", round(resp[0, 0], 4), f"  (unrounded {resp[0, 0]:.10f})")
print("1b:", round(N1, 3), f"  (unrounded {N1:.10f})")
print("1c:", round(mu1, 3), f"  (unrounded {mu1:.10f})")
print("1d:", round(pi1, 3), f"  (unrounded {pi1:.10f})")
print("2a:", free)
print("2b:", [200, 3], "  (N rows, K columns)")
print("3a: B")
print("3b: true")
