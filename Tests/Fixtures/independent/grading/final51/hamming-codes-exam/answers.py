#!/usr/bin/env python3
"""Compute every key value for ECE 4450 Quiz 2 (Hamming (7,4) code)."""
import itertools
from math import comb
import numpy as np

P = np.array([[1, 1, 0],
              [1, 0, 1],
              [0, 1, 1],
              [1, 1, 1]])
G = np.hstack([np.eye(4, dtype=int), P])
H = np.hstack([P.T, np.eye(3, dtype=int)])
assert not ((G @ H.T) % 2).any()

print("1a rate", "4/7", 4 / 7)
m = np.array([1, 0, 1, 1])
print("1b codeword", ((m @ G) % 2).tolist())
r = np.array([0, 0, 1, 1, 0, 0, 1])
s = (H @ r) % 2
print("1c syndrome", s.tolist())
pos = [j for j in range(7) if (H[:, j] == s).all()]
c = r.copy(); c[pos[0]] ^= 1
print("1d error position (1-based)", pos[0] + 1, "corrected", c.tolist())
assert not ((H @ c) % 2).any()
dmin = min(int(((np.array(u) @ G) % 2).sum()) for u in itertools.product([0, 1], repeat=4) if any(u))
print("1e dmin", dmin)
print("2a t", (5 - 1) // 2)
p = 0.01
pf = 1 - sum(comb(7, k) * p**k * (1 - p)**(7 - k) for k in (0, 1))
print("2b P(>=2 errors)", f"{pf:.4g}", pf)
