import math
from fractions import Fraction
a, b = 1 + 12, 1 + (40 - 12)
print("1a", [a, b])
print("1b", Fraction(a, a + b), a / (a + b))
print("1c", (a - 1) / (a + b - 2))
a2, b2 = 2 + 9, 8 + 21
print("2a", a2 / (a2 + b2))
var = a2 * b2 / ((a2 + b2) ** 2 * (a2 + b2 + 1))
print("2b", float(f"{var:.4g}"), var)
L1 = math.comb(10, 2) * 0.1**2 * 0.9**8
L2 = math.comb(10, 2) * 0.2**2 * 0.8**8
print("3", round(L2 / (L1 + L2), 3), L2 / (L1 + L2))
def lbeta(x, y):
    return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)
aA, bA, aB, bB = 3, 7, 5, 5
# P(pB > pA) for integer aB (Evan Miller's closed form)
p = sum(math.exp(lbeta(aA + i, bA + bB) - math.log(bB + i) - lbeta(1 + i, bB) - lbeta(aA, bA)) for i in range(aB))
print("4", round(p, 3), p)
print("5", "true")
