#!/usr/bin/env python3
"""Compute every numeric key value of svd-gru."""
import numpy as np

A = np.array([[3.0, 0.0], [4.0, 5.0]])
U, s, Vt = np.linalg.svd(A)
print("4.1a.i  sigma1", s[0], "3*sqrt(5) =", 3 * np.sqrt(5))
print("4.1a.ii sigma2", s[1], "sqrt(5) =", np.sqrt(5))
print("   sigma1*sigma2 =", s[0] * s[1], "|det A| =", abs(np.linalg.det(A)))
frac = s[0] ** 2 / (s ** 2).sum()
print("4.1b fraction", frac)
A1 = s[0] * np.outer(U[:, 0], Vt[0])
print("4.1c A1", np.round(A1, 10).tolist())

def gru_params(i, h, bias=True):
    return 3 * (h * i + h * h + (2 * h if bias else 0))
print("4.2a", gru_params(10, 20))
print("   bias=False", gru_params(10, 20, False), " one bias only", 3 * (200 + 400 + 20))
try:
    import torch
    g = torch.nn.GRU(10, 20)
    print("   torch count", sum(p.numel() for p in g.parameters()))
    print("4.2b", tuple(g(torch.zeros(7, 4, 10))[0].shape))
except ImportError:
    print("4.2b (7, 4, 20)  [seq_len, batch, hidden] since batch_first=False")
z, n, hp = 0.25, 0.8, -0.4
print("4.2c", (1 - z) * n + z * hp, " other convention", z * n + (1 - z) * hp)
print("  distractor ratio of norms", s[0] / np.sqrt((s ** 2).sum()))
