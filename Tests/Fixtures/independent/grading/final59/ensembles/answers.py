#!/usr/bin/env python3
"""Compute every numeric key value for ensembles. Prints 'part value' lines."""
import math
import numpy as np

n = 10
p_out = (1 - 1 / n) ** n
distinct = n * (1 - p_out)

p = 0.7
maj = sum(math.comb(5, k) * p**k * (1 - p) ** (5 - k) for k in range(3, 6))

w = np.full(5, 0.2)
y = np.ones(5)
h = np.ones(5)
h[[1, 4]] = -1  # x2 and x5 misclassified
eps = w[h != y].sum()
alpha = 0.5 * math.log((1 - eps) / eps)
w2 = w * np.exp(-alpha * y * h)
w2 /= w2.sum()
err2 = w2[h != y].sum()

yy = np.array([3.0, 5.0, 10.0])
F0 = yy.mean()
res = yy - F0
F1_x3 = F0 + 0.1 * res[2]

print("1a", round(p_out, 10))
print("1b", round(distinct, 10))
print("2", round(maj, 10))
print("3a", round(alpha, 10))
print("3b", [round(float(v), 10) for v in w2])
print("3c", abs(err2 - 0.5) < 1e-12)
print("4a", [float(v) for v in res])
print("4b", round(F1_x3, 10))
