#!/usr/bin/env python3
"""Compute every key value of combinatorics-md (brute force where cheap)."""
from fractions import Fraction
from itertools import permutations, product
from math import comb, factorial

two_pair = comb(13, 2) * comb(4, 2) ** 2 * 11 * 4
print("1a two_pair_hands =", two_pair)                                  # 123552
print("1b mississippi =", factorial(11) // (factorial(4) ** 2 * factorial(2)))  # 34650
der6 = sum(1 for p in permutations(range(6)) if all(p[i] != i for i in range(6)))
print("1c derangements_6 =", der6)                                      # 265
rolls = [r for r in product(range(1, 7), repeat=2) if 5 in r]
print("2a P =", Fraction(sum(1 for r in rolls if sum(r) == 8), len(rolls)))  # 2/11
post = 0.01 * 0.95 / (0.01 * 0.95 + 0.99 * 0.05)
print("2b P(D|+) =", round(post, 6), "->", round(post, 3))             # 0.161
print("2c E[fixed points] =", sum(Fraction(1, 10) for _ in range(10)))  # 1
print("3i nonneg =", sum(1 for x in product(range(11), repeat=3) if sum(x) <= 10))  # 286
print("3ii positive =", sum(1 for x in product(range(1, 11), repeat=3) if sum(x) <= 9))  # 84
