#!/usr/bin/env python3
"""Numeric key values for markov-mixing/problems.md."""
import numpy as np
P = np.array([[.5, .5, 0], [.25, .5, .25], [0, .5, .5]])
w, v = np.linalg.eig(P.T)
pi = np.real(v[:, np.argmin(abs(w - 1))]); pi = pi / pi.sum()
print("4.1a", np.round(pi, 6).tolist())
ev = sorted(np.real(np.linalg.eigvals(P)), reverse=True)
print("4.1b", round(ev[1], 6), "all:", np.round(ev, 6).tolist())
gap = 1 - max(abs(x) for x in ev[1:])
print("4.1c", round(1 / gap, 6))
mu2 = np.array([1, 0, 0]) @ P @ P
print("4.2a", mu2.tolist())
print("4.2b", 0.5 * abs(mu2 - pi).sum())
print("4.3", round(1 / pi[1], 6))
