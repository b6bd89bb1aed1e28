#!/usr/bin/env python3
"""Compute every numeric key value for rl-bellman. Prints 'part value' lines."""
import numpy as np

gamma = 0.9
R = [2, 0, -1, 3, 4]  # R_1..R_5

def G(t):
    return sum(gamma**k * R[t + k] for k in range(len(R) - t))

# Problem 2: V = r + gamma P V
P = np.array([[0.0, 1.0], [0.5, 0.5]])
r = np.array([1.0, 0.0])
V = np.linalg.solve(np.eye(2) - gamma * P, r)

q, r1, maxq, qnext, alpha = 4.0, 1.0, 6.0, 3.0, 0.1
qlearn = q + alpha * (r1 + gamma * maxq - q)
sarsa = q + alpha * (r1 + gamma * qnext - q)

eps, nA = 0.2, 4
p_greedy = 1 - eps + eps / nA

out = {
    "1a": G(0), "1b": G(2),
    "2a": V[0], "2b": V[1],
    "3a": qlearn, "3b": sarsa,
    "4a": p_greedy,
}
for k, v in out.items():
    print(k, round(float(v), 10))

# 4b: off-policy = target policy (whose values are learned) differs from behaviour policy
methods = {  # option: (target policy, behaviour policy)
    "A": ("eps-greedy", "eps-greedy"),   # SARSA
    "B": ("greedy", "eps-greedy"),       # Q-learning
    "C": ("eps-soft", "eps-soft"),       # on-policy first-visit MC control
    "D": ("pi", "pi"),                   # TD(0) evaluation of pi on pi's episodes
}
off = [k for k, (tgt, beh) in methods.items() if tgt != beh]
print("4b", "off-policy options", off, "-> choice", off[0])
