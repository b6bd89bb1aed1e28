import numpy as np
from fractions import Fraction as F
A = np.array([[4, 1], [2, 3]])
print("3.1a", sorted(np.linalg.eigvals(A).real, reverse=True))
B = np.array([[2, 0, 1], [1, 3, 2], [0, 1, 4]])
print("3.1b", round(np.linalg.det(B), 9))
v, u = np.array([3, 1, 2]), np.array([1, 1, 0])
print("3.1c", (v @ u) / (u @ u) * u)
X = np.array([[2, 1], [4, 3], [0, 1], [2, 3]], float)
S = np.cov(X.T, bias=True)
print("3.2a", S.tolist(), "(unbiased would be", np.cov(X.T).tolist(), ")")
ev = np.linalg.eigvalsh(S)
print("3.2b", ev.max(), "(3+sqrt5)/2 =", (3 + 5**0.5) / 2)
print("3.2c", ev.max() / ev.sum())
x = [1, 2, 4, 7, 8, 10]; mu = [2, 9]
cl = [[p for p in x if abs(p - mu[0]) <= abs(p - mu[1])], [p for p in x if abs(p - mu[0]) > abs(p - mu[1])]]
new = [F(sum(c), len(c)) for c in cl]
print("3.3", cl, [str(m) for m in new])
print("3.4", str(sum((p - m)**2 for c, m in zip(cl, new) for p in c)))
