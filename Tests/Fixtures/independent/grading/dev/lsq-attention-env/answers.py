"""Computes every numeric answer of the key for lsq-attention-env."""
import numpy as np
from fractions import Fraction as F

A = np.array([[1, 0], [1, 1], [1, 2]], float)
b = np.array([1, 2, 4], float)
AtA = A.T @ A
print("1a", AtA.tolist())
xhat = np.linalg.solve(AtA, A.T @ b)
print("1b", xhat, "exact (5/6, 3/2)")
R = AtA + np.eye(2)
print("1c.i", round(np.linalg.det(R), 10))
xr = np.linalg.solve(R, A.T @ b)
print("1c.ii", xr, "exact (4/5, 19/15)")

q = np.array([1, 2.]); K = np.array([[1, 0], [0, 1], [1, 1.]])
s = K @ q / np.sqrt(2)
print("2a", s[2], "= 3/sqrt(2)")
a = np.exp(s) / np.exp(s).sum()
print("2b", a[2], round(a[2], 3))
print("3", F(3, 4) + F(5, 6), float(F(3, 4) + F(5, 6)))
