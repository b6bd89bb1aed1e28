#!/usr/bin/env python3
"""Compute the numeric key values for astro-parallax and print them."""
import math
from fractions import Fraction

p = 0.025          # arcsec
m = 8.5
d = 1 / p          # pc
ly = d * 3.26156
M = m - 5 * math.log10(d / 10)
flux_ratio = 10 ** (0.4 * (7.0 - 2.0))
m_comb = 4.0 - 2.5 * math.log10(2)
L = Fraction(3) ** 2 * Fraction(1, 2) ** 4

values = {
    "1a": d,
    "1b": ly,
    "1c": M,
    "2a": flux_ratio,
    "2b": m_comb,
    "3a": float(L),
}
if __name__ == "__main__":
    for k, v in values.items():
        print(f"{k}: {v!r}")
    print("3a fraction:", L)
