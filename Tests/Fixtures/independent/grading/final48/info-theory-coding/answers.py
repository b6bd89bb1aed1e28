#!/usr/bin/env python3
"""Key values for EE 3760 HW5 (information theory)."""
from fractions import Fraction
import heapq, math
import numpy as np

p = [0.4, 0.2, 0.2, 0.1, 0.1]
H = -sum(x * math.log2(x) for x in p)

# Huffman expected length: sum of merged-node probabilities
heap = list(p); heapq.heapify(heap); L = 0.0
while len(heap) > 1:
    a = heapq.heappop(heap); b = heapq.heappop(heap)
    L += a + b; heapq.heappush(heap, a + b)

kraft = sum(Fraction(1, 2 ** l) for l in (1, 2, 3, 3, 3))

def h2(q):
    return -q * math.log2(q) - (1 - q) * math.log2(1 - q)
C = 1 - h2(0.11)

J = np.array([[0.25, 0.25], [0.0, 0.5]])
px, py = J.sum(1), J.sum(0)
I = sum(J[i, j] * math.log2(J[i, j] / (px[i] * py[j]))
        for i in range(2) for j in range(2) if J[i, j] > 0)

# problem 3: prefix-free check of each option
opts = {"A": ["0", "01", "11"], "B": ["0", "10", "110", "111"],
        "C": ["1", "10", "100"], "D": ["00", "01", "0"]}
prefix = [k for k, cw in opts.items()
          if not any(a != b and b.startswith(a) for a in cw for b in cw) and len(set(cw)) == len(cw)]

print(f"1a H(X)      = {H:.6f}  -> {H:.3f}")
print(f"1b Lbar      = {L:.6f}")
print(f"1c eta       = {H / L:.6f}  -> {H / L:.3g}")
print(f"1d Kraft     = {kraft} = {float(kraft)}")
print(f"2a C         = {C:.6f}  -> {C:.3f}")
print(f"2b I(X;Y)    = {I:.6f}  -> {I:.3f}")
print(f"3  prefix    = {prefix}")
print(f"4  statement = true (Huffman optimal; Shannon code has L < H+1; H <= L for any UD code)")
