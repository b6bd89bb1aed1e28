"""Computes every numeric answer of the key for norm-dropout-tasks."""
import numpy as np

a = np.array([2.0, 0.5, 4.0, 1.0]); m = np.array([1, 0, 1, 1]); keep = 0.8
print("1a", a * m / keep)
print("1b", "false  (inverted dropout does nothing at test time)")

x = np.array([1, 2, 3, 6.]); gamma, beta = 2.0, 1.0
var = x.var()                      # biased
print("2a", var)
y = gamma * (6 - x.mean()) / np.sqrt(var) + beta
print("2b", y, round(y, 3))
print("2c", "B  (gamma and beta: 2*64 =", 2 * 64, ")")

print("3a", (92 - 80) / 80 * 100)
u = np.array([1, 2, 2.]); v = np.array([2, 0, 1.])
c = u @ v / np.linalg.norm(u) / np.linalg.norm(v)
print("3b", c, round(c, 3))
