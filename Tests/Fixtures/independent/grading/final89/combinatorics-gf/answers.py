"""Compute the answer key for combinatorics-gf/problems.tex and print it."""
import itertools
import math
from fractions import Fraction

import numpy as np

values = {}
values["4.1a"] = math.comb(10 + 3, 3)
values["4.1b"] = sum(1 for x in itertools.product(range(5), repeat=4) if sum(x) == 10)
values["4.2a"] = math.comb(6 + 2, 2)
values["4.2b"] = int((np.poly1d([1, 1, 1]) ** 5).coeffs[::-1][5])
a = [0, 1]
for n in range(2, 6):
    a.append(5 * a[-1] - 6 * a[-2])
values["4.3a.i"] = a[5]
assert all(a[n] == 3**n - 2**n for n in range(6))   # closed form 3^n - 2^n
d = sum(1 for p in itertools.permutations(range(6)) if all(p[i] != i for i in range(6)))
values["4.3b"] = Fraction(d, math.factorial(6))

if __name__ == "__main__":
    for k, v in values.items():
        print(k, v)
