"""Key values for stats-inference. Prints `id value` lines."""
from fractions import Fraction
import math

n, xbar, s, mu0 = 16, 52.3, 4.8, 50.0
t975, t95 = 2.131, 1.753          # given in the problem
se = s / math.sqrt(n)
print("4.1a", round(se, 10))
print("4.1b", [round(xbar - t975 * se, 4), round(xbar + t975 * se, 4)])
t = (xbar - mu0) / se
print("4.2a", round(t, 4))
print("4.2b.i", "yes" if abs(t) > t975 else "no")
print("4.2b.ii", "yes" if t > t95 else "no")
ps = Fraction(3, 10)
num = ps * Fraction(6, 10) * Fraction(1, 10)
den = num + (1 - ps) * Fraction(1, 10) * Fraction(3, 10)
print("4.3a", num / den, round(float(num / den), 4))
print("4.3b", Fraction(0 + 1, 40 + 2))
