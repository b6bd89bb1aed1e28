#!/usr/bin/env python3
"""Compute every numeric key value for markov-chains (python3 + numpy)."""
import numpy as np

P = np.array([[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.1, 0.4, 0.5]])
P2 = P @ P
print("1a", np.round(P2, 10).tolist())
print("1b", round(float(P2[0, 2]), 10))
A = np.vstack([(P.T - np.eye(3))[:2], np.ones(3)])
pi = np.linalg.solve(A, [0, 0, 1])
print("1c", [round(float(x), 10) for x in pi], "(= 13/46, 19/46, 7/23)")
print("1d", round(float(1 / pi[2]), 10), "(= 23/7)")

p, q, N_, i = 0.4, 0.6, 4, 2
r = q / p
h = (1 - r**i) / (1 - r**N_)
print("2a", round(h, 10), "(= 4/13)")
Q = np.array([[0, p, 0], [q, 0, p], [0, q, 0]])
N = np.linalg.inv(np.eye(3) - Q)
print("2b", round(float(N.sum(axis=1)[1]), 10), "(= 50/13)")
print("2c", np.round(N, 10).tolist(), "(= [[19,10,4],[15,25,10],[9,15,19]]/13)")
print("3a", "true")
print("3b", "B (period 2)")
