from fractions import Fraction as F
from math import factorial
lam, mu = F(12), F(15)
rho = lam / mu
print("4.1a", float(rho))
print("4.1b", float(rho / (1 - rho)))
print("4.1c", float(1 / (mu - lam) * 60))
print("4.1d", float(rho / (mu - lam) * 60))
c, mu2 = 2, F(8)
a = lam / mu2; r = a / c
P0 = 1 / (sum(a**n / factorial(n) for n in range(c)) + a**c / (factorial(c) * (1 - r)))
Lq = P0 * a**c * r / (factorial(c) * (1 - r)**2)
print("4.2a", P0, float(P0))
print("4.2b", Lq, round(float(Lq), 3))
Wq = Lq / lam * 60
print("4.2c", round(float(Wq), 2))
W1 = 1 / (F(16) - lam) * 60
W2 = Wq + 60 / mu2
print("4.3", "A" if W1 < W2 else ("B" if W2 < W1 else "C"), float(W1), float(W2))
