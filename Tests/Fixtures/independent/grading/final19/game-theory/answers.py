from fractions import Fraction as F
import numpy as np
# Problem 1: pure NE by best responses
R = np.array([[3, 0], [5, 1]]); Cc = np.array([[3, 5], [0, 1]])
ne = [(i, j) for i in range(2) for j in range(2)
      if R[i, j] == R[:, j].max() and Cc[i, j] == Cc[i, :].max()]
print("1a.i", ne, "-> choice", "ABCD"[ne[0][0] * 2 + ne[0][1]])
print("1a.ii", (int(R[ne[0]]), int(Cc[ne[0]])))
print("1b", all(R[0, 0] >= R[e] and Cc[0, 0] >= Cc[e] and (R[0, 0], Cc[0, 0]) != (R[e], Cc[e]) for e in ne))
# Problem 2: 2x2 zero-sum, A = [[a, b], [c, d]]
a, b, c, d = map(F, (3, -2, -1, 1))
den = a - b - c + d
p = (d - c) / den          # row's prob of U (makes column indifferent)
q = (d - b) / den          # column's prob of L (makes row indifferent)
v = (a * d - b * c) / den
print("2a.i", p, float(p)); print("2a.ii", q, float(q)); print("2b", v, float(v))
A = np.array([[3, -2], [-1, 1]])
pure = [(i, j) for i in range(2) for j in range(2)
        if A[i, j] == A[:, j].max() and A[i, j] == A[i, :].min()]
print("2c", bool(pure))
# Problem 3: symmetric Cournot, P = a - Q, cost c
aa, cc = 120, 24
qi = F(aa - cc, 3)
print("3", aa - 2 * qi)
