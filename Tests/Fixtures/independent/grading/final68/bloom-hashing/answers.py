#!/usr/bin/env python3
"""Computes every key value of bloom-hashing/key.yaml and prints `id: value` lines."""
import math

m, k, n = 1000, 5, 100
p0 = (1 - 1 / m) ** (k * n)
fp = (1 - p0) ** k
fp_k = {kk: (1 - (1 - 1 / m) ** (kk * n)) ** kk for kk in range(1, 20)}
best_k = min(fp_k, key=fp_k.get)

N, p = 1_000_000, 0.01
bits = -N * math.log(p) / math.log(2) ** 2
bits_up = math.ceil(bits)
# 4.2b: m/n = -ln(p)/(ln 2)^2, check at p = 0.01
assert abs(bits / N - (-math.log(0.01) / math.log(2) ** 2)) < 1e-12

keys, slots = 30, 100
pairs = math.comb(keys, 2) / slots
empty = slots * (1 - 1 / slots) ** keys

print("4.1a:", round(p0, 4), f"  (unrounded {p0:.10f})")
print("4.1b:", float(f"{fp:.3g}"), f"  (unrounded {fp:.10f}; e^x approximation would give {(1-math.exp(-k*n/m))**k:.6f})")
print("4.1c:", best_k, f"  (continuous optimum (m/n) ln 2 = {m/n*math.log(2):.4f})")
print("4.2a:", bits_up, f"  (unrounded {bits:.4f})")
print("4.2b: -ln(p)/(ln(2))^2")
print("4.3a:", pairs)
print("4.3b:", round(empty, 2), f"  (unrounded {empty:.6f})")
print("4.3c: C")
