from math import comb, factorial
from fractions import Fraction
from itertools import product
print("3.1", factorial(6) // (factorial(3) * factorial(2)))
print("3.2a", comb(13, 5))
print("3.2b", comb(7, 3) * comb(6, 2))
print("3.2c.i", comb(13, 5) - comb(7, 5))
print("3.2c.ii", Fraction(comb(7, 3) * comb(6, 2), comb(13, 5)), float(Fraction(525, 1287)))
n_a = sum(1 for t in product(range(11), repeat=4) if sum(t) == 10)
n_b = sum(1 for t in product(range(1, 11), repeat=4) if sum(t) == 10)
assert n_a == comb(13, 3) and n_b == comb(9, 3)
print("3.3a", n_a)
print("3.3b", n_b)
