#!/usr/bin/env python3
"""Key values for attention/problems.tex (python3 + numpy)."""
import numpy as np

q = np.array([1, 2, 0, 1.0])
K = np.array([[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 1, 1.0]])
V = np.array([[1, 0], [0, 1], [2, 2.0]])
dk = 4
s = q @ K.T / np.sqrt(dk)
w = np.exp(s) / np.exp(s).sum()
o = w @ V
print("5.1a", s)
print("5.1b", np.round(w, 3), w)
print("5.1c", np.round(o, 3), o)
E, H = 256, 8
print("5.2a", E // H)
print("5.2b.i", 4 * E * E + 4 * E, "(in_proj 3E*E + 3E, out_proj E*E + E)")
print("5.2b.ii", 4 * E * E)
print("5.3a", (16, H, 128, 128))
L = 128
print("5.3b", L * (L + 1) // 2)
# look-alike wrong values used in transcripts
wu = np.exp(q @ K.T) / np.exp(q @ K.T).sum()
print("wrong: unscaled softmax", np.round(wu, 3), "output", np.round(wu @ V, 3))
print("wrong: output without v1", np.round(w[1:] @ V[1:], 3))
print("wrong: strict lower triangle", L * (L - 1) // 2, "| half", L * L // 2)
print("follow-up (not a key part): d_model=512 with bias", 4 * 512 * 512 + 4 * 512)
