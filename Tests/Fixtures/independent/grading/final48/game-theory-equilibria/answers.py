#!/usr/bin/env python3
"""Key values for CS/Econ 3410 Problem Sheet 4 (Nash equilibrium)."""
from fractions import Fraction as F
import itertools
import numpy as np

# Exercise 4.1
R = [[F(4), F(0)], [F(1), F(2)]]   # Row payoffs, rows U,D; cols L,R
C = [[F(1), F(3)], [F(2), F(0)]]   # Column payoffs
pure = [(i, j) for i, j in itertools.product(range(2), range(2))
        if R[i][j] >= max(R[k][j] for k in range(2)) and C[i][j] >= max(C[i][k] for k in range(2))]
# Column indifferent: p*C[0][0] + (1-p)*C[1][0] = p*C[0][1] + (1-p)*C[1][1]
p = (C[1][1] - C[1][0]) / ((C[0][0] - C[1][0]) - (C[0][1] - C[1][1]))
# Row indifferent: q*R[0][0] + (1-q)*R[0][1] = q*R[1][0] + (1-q)*R[1][1]
q = (R[1][1] - R[0][1]) / ((R[0][0] - R[0][1]) - (R[1][0] - R[1][1]))
row_payoff = q * R[0][0] + (1 - q) * R[0][1]
assert row_payoff == q * R[1][0] + (1 - q) * R[1][1]

# Exercise 4.2 (2x2 zero-sum, no saddle point)
A = np.array([[2.0, -1.0], [-3.0, 4.0]])
maximin, minimax = A.min(1).max(), A.max(0).min()
a, b, c, d = F(2), F(-1), F(-3), F(4)
x1 = (d - c) / (a - b - c + d)
v = (a * d - b * c) / (a - b - c + d)

# Exercise 4.4
maximin_row = max(range(2), key=lambda i: min(R[i]))
maximin_col = max(range(2), key=lambda j: min(C[i][j] for i in range(2)))
DR, UL = (R[1][1], C[1][1]), (R[0][0], C[0][0])
pareto = UL[0] > DR[0] and UL[1] > DR[1]

print(f"4.1a pure NE count = {len(pure)}")
print(f"4.1b p  = {p} = {float(p)}")
print(f"4.1c q  = {q} = {float(q)}")
print(f"4.1d Row payoff = {row_payoff} = {float(row_payoff)}")
print(f"4.2a value = {v} = {float(v)}  (pure maximin {maximin}, minimax {minimax})")
print(f"4.2b x = ({x1}, {1 - x1}) = ({float(x1)}, {float(1 - x1)})")
print(f"4.3  true (Nash's existence theorem)")
print(f"4.4  (D,R) NE? {(1, 1) in pure}; Pareto-dominated by (U,L)? {pareto}; "
      f"maximin profile = ({'UD'[maximin_row]}, {'LR'[maximin_col]}) -> B")
