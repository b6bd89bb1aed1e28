import numpy as np
from fractions import Fraction as F
A = [[F(2), F(1), F(1)], [F(4), F(3), F(3)], [F(8), F(7), F(9)]]
n = 3
U = [row[:] for row in A]; L = [[F(int(i == j)) for j in range(n)] for i in range(n)]
for k in range(n):
    for i in range(k + 1, n):
        m = U[i][k] / U[k][k]; L[i][k] = m
        U[i] = [U[i][j] - m * U[k][j] for j in range(n)]
print("1a L =", [[int(v) for v in r] for r in L])
print("   U =", [[int(v) for v in r] for r in U])
b = np.array([3, 7, 19.])
x = np.linalg.solve(np.array(A, dtype=float), b)
print("1b x =", np.round(x, 12))
print("1c det =", np.prod([U[i][i] for i in range(n)]), np.linalg.det(np.array(A, dtype=float)))
Bm = np.array([[1, 2], [3, 4.]])
ninf = np.linalg.norm(Bm, np.inf)
print("2a ||B||inf =", ninf)
print("2b kappa_inf =", ninf * np.linalg.norm(np.linalg.inv(Bm), np.inf), " (kappa_2 =", np.linalg.cond(Bm), ")")
M = np.array([[4, 1], [2, 5.]]); rhs = np.array([9, 13.])
D = np.diag(np.diag(M)); R = M - D
xk = np.zeros(2)
for _ in range(2):
    xk = (rhs - R @ xk) / np.diag(M)
print("3a x2 =", xk)
T = -np.linalg.inv(D) @ R
rho = max(abs(np.linalg.eigvals(T)))
print("3b rho =", round(rho, 4), rho)
# Gauss-Seidel: strictly diagonally dominant -> converges; check spectral radius
Lw = np.tril(M); Up = np.triu(M, 1)
print("3c rho_GS =", max(abs(np.linalg.eigvals(-np.linalg.inv(Lw) @ Up))), "< 1 -> true")

# cross-check against key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert key["1a"]["answer"] == [[int(v) for v in r] for r in L]
assert np.allclose(key["1b"]["answer"], x) and key["1c"]["answer"] == 4
assert key["2a"]["answer"] == ninf and abs(key["2b"]["answer"] - ninf * np.linalg.norm(np.linalg.inv(Bm), np.inf)) < 1e-9
assert np.allclose(key["3a"]["answer"], xk) and abs(key["3b"]["answer"] - rho) <= key["3b"]["tolerance"]
print("key.yaml agrees")
