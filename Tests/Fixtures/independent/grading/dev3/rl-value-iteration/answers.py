#!/usr/bin/env python3
"""Key values for COMP 767 Assignment 2 (rl-value-iteration)."""
from fractions import Fraction as F
import numpy as np

gamma = 0.9
# transitions: state -> {action: (next_state, reward)}; state 2 (s3) terminal
T = {0: {"a": (1, 0.0), "b": (0, 1.0)}, 1: {"a": (2, 10.0), "b": (0, 2.0)}}

def backup(V):
    W = np.zeros(3)
    for s, acts in T.items():
        W[s] = max(r + gamma * V[s2] for s2, r in acts.values())
    return W

V = np.zeros(3)
hist = []
for k in range(2000):
    V = backup(V)
    hist.append(V.copy())
print("1a", hist[0])
print("1b", hist[1])
print("1c", V.round(8))
pol = {s: max(acts, key=lambda a: acts[a][1] + gamma * V[acts[a][0]]) for s, acts in T.items()}
letter = {("a", "a"): "A", ("a", "b"): "B", ("b", "a"): "C", ("b", "b"): "D"}[(pol[0], pol[1])]
print("1d", pol, letter)

Q, alpha, r, g2, maxq = 2.0, 0.1, 1.0, 0.9, 5.0
print("2a", Q + alpha * (r + g2 * maxq - Q))
print("2b", "false (Q-learning is off-policy)")

P = np.array([[0.5, 0.5], [0.2, 0.8]]); R = np.array([1.0, 0.0])
Vmrp = np.linalg.solve(np.eye(2) - 0.5 * P, R)
print("3", Vmrp[0], F(Vmrp[0]).limit_denominator(1000), "V(s2) =", Vmrp[1])
