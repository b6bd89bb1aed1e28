#!/usr/bin/env python3
"""Compute the key values for queue-mm (M/M/1, M/M/2, Little's law)."""
from fractions import Fraction as F
from math import factorial

lam, mu = F(12), F(15)
rho = lam / mu
L = rho / (1 - rho)
W = 1 / (mu - lam)
Wq = rho / (mu - lam)
P = [(1 - rho) * rho ** n for n in range(3)]
print("3.1a rho        =", rho)
print("3.1b L          =", L)
print("3.1c W (min)    =", W * 60)
print("3.1d Wq (min)   =", Wq * 60)
print("3.1e (P0,P1,P2) =", [float(p) for p in P])

lam2, mu2, c = F(10), F(6), 2
a = lam2 / mu2
r = a / c
p0 = 1 / (sum(a ** n / factorial(n) for n in range(c)) + a ** c / (factorial(c) * (1 - r)))
Lq = p0 * a ** c * r / (factorial(c) * (1 - r) ** 2)
Wq2 = Lq / lam2
print("3.2a P0         =", p0)
print("3.2b Wq (min)   =", round(float(Wq2 * 60), 1), f"({float(Wq2 * 60):.6f}; Lq = {Lq})")

Lshop, lamshop = 9, 3
print("3.3  W = L/lam  =", Lshop / lamshop, "minutes -> choice B")
