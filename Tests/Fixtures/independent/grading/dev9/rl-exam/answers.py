#!/usr/bin/env python3
"""Key values for rl-exam (reinforcement learning quiz)."""
import math
import numpy as np

g = 0.9
# V(A) = 2 + g V(B);  V(B) = 0.5*(0 + g V(A)) + 0.5*(10 + 0)
M = np.array([[1.0, -g], [-0.5 * g, 1.0]])
b = np.array([2.0, 5.0])
VA, VB = np.linalg.solve(M, b)
print("1a V(A) =", round(VA, 3), VA)
print("1b V(B) =", round(VB, 3), VB)

Q, alpha, r, gamma = 4.0, 0.1, -1.0, 0.95
q_target = r + gamma * 6.0
print("2a Q-learning new Q =", Q + alpha * (q_target - Q))
s_target = r + gamma * 5.0
print("2b SARSA new Q =", Q + alpha * (s_target - Q))

eps, k = 0.2, 4
print("3a P(greedy arm) =", 1 - eps + eps / k)
t, c = 20, 2.0
ucb = [1.0 + c * math.sqrt(math.log(t) / 4), 1.5 + c * math.sqrt(math.log(t) / 16)]
print("3b UCB values =", ucb, "-> choice", "A" if ucb[0] > ucb[1] else "B")
print("3c Q-learning on-policy? -> false")

rew = [1, 0, 2, 5]
G = sum(0.5 ** i * x for i, x in enumerate(rew))
print("4 G_0 =", G, "= 17/8" if abs(G - 17 / 8) < 1e-12 else "")
