#!/usr/bin/env python3
"""Key values for NLP PS2 (attention-embeddings)."""
import numpy as np

d_model, h, d_ff, B, n = 512, 8, 2048, 32, 128
print("1a.i", (B, h, n, n))
print("1a.ii", 4 * (d_model * d_model + d_model))
print("1b", d_model * d_ff + d_ff + d_ff * d_model + d_model)

q = np.array([1, 1, 1, 1.0])
K = np.array([[1, 1, 0, 0], [0, 0, 0, 0], [1, 1, 1, 1.0]])
V = np.array([[1, 0], [0, 1], [1, 1.0]])
s = K @ q / np.sqrt(4)
w = np.exp(s - s.max()); w /= w.sum()
print("1c.i", s, w.round(3), w)
print("1c.ii", (w @ V).round(3), w @ V)

u = np.array([1, 2, 2.0]); v = np.array([2, 0, 1.0])
print("2a", u @ v / np.linalg.norm(u) / np.linalg.norm(v), "= 4/(3*sqrt5)")
print("2b", 2 * 10_000 * 300)
target = np.array([3, 3.0]) - np.array([1, 2.0]) + np.array([1, 0.0])
cands = {"A": (3, 1.2), "B": (3, 3.5), "C": (0.5, 0.2), "D": (1, 0)}
dist = {k: np.linalg.norm(target - np.array(c)) for k, c in cands.items()}
print("2c", min(dist, key=dist.get), target, dist)
