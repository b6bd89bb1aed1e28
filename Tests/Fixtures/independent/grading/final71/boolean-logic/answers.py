#!/usr/bin/env python3
"""Numeric key values for CS 2210 Problem Sheet 3 (Boolean algebra)."""
from fractions import Fraction
from itertools import product

def F(a, b, c):
    return int(((not a) and b) or (a and not c) or (b and not c))

minterms = [4*a + 2*b + c for a, b, c in product((0, 1), repeat=3) if F(a, b, c)]
gray = [(0, 0), (0, 1), (1, 1), (1, 0)]
kmap = [[F(a, b, c) for (b, c) in gray] for a in (0, 1)]

# prime implicants by brute force: cubes over {0,1,-} that are implicants and maximal
cubes = [cu for cu in product((0, 1, None), repeat=3)]
def covers(cu):
    return [m for m in product((0, 1), repeat=3) if all(x is None or x == y for x, y in zip(cu, m))]
impl = [cu for cu in cubes if all(F(*m) for m in covers(cu))]
def contains(big, small):
    return all(x is None or x == y for x, y in zip(big, small))
primes = [cu for cu in impl if not any(o != cu and contains(o, cu) for o in impl)]

p = Fraction(1, 3)
pF = sum((p if a else 1 - p) * (p if b else 1 - p) * (p if c else 1 - p)
         for a, b, c in product((0, 1), repeat=3) if F(a, b, c))

def G(a, b, c, d):
    return int((4*0 + 8*a + 4*b + 2*c + d) in (0, 2, 5, 7, 8, 10, 13, 15))
options = {
    "A": lambda a, b, c, d: b ^ d,
    "B": lambda a, b, c, d: 1 - (b ^ d),
    "C": lambda a, b, c, d: 1 - (a ^ c),
    "D": lambda a, b, c, d: (1 - b) & (1 - d),
    "E": lambda a, b, c, d: int((a, b, c, d) in ((0, 0, 0, 0), (1, 1, 1, 1))),
}
choice = [k for k, f in options.items() if all(f(*x) == G(*x) for x in product((0, 1), repeat=4))]
consensus = all(F(a, b, c) == int(((not a) and b) or (a and not c)) for a, b, c in product((0, 1), repeat=3))
n6 = 2 ** (2 ** 6)
byte = 0b11101011
twos = byte - 256 if byte & 0x80 else byte

ANSWERS = {"3.1a": minterms, "3.1b": kmap, "3.1c": len(primes), "3.1d": float(pF),
           "3.2c": float(n6), "3.3": twos}
CHOICES = {"3.2a": choice[0]}
TEXTS = {"3.2b": str(consensus).lower()}

if __name__ == "__main__":
    print("3.1a:", minterms)
    print("3.1b:", kmap)
    print("3.1c:", len(primes), primes)
    print("3.1d:", pF)
    print("3.2a:", choice)
    print("3.2b:", str(consensus).lower())
    print("3.2c:", n6, f"{n6:.3e}")
    print("3.3:", twos)
