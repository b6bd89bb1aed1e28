from fractions import Fraction as F
from math import factorial
lam, mu = F(4), F(6)
rho = lam / mu
print("1a", rho)
print("1b", rho / (1 - rho))
print("1c", 60 / (mu - lam), "minutes")
print("1d", rho**2 / (1 - rho))
print("1e", round(float(rho**3), 4), rho**3)
# 2a: W = 1/(mu-lam); doubling both gives 1/(2(mu-lam)) -> halves
print("2a", "true" if F(1, 2 * (mu - lam)) == F(1, 2) * (1 / (mu - lam)) else "false")
lam2, mu2, c = F(4), F(3), 2
a = lam2 / mu2
r = lam2 / (c * mu2)
p0 = 1 / (sum(a**n / factorial(n) for n in range(c)) + a**c / (factorial(c) * (1 - r)))
print("2b", p0)
print("2c", p0 * a**c * r / (factorial(c) * (1 - r) ** 2))
