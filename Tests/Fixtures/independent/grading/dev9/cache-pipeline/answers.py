#!/usr/bin/env python3
"""Key values for cache-pipeline (Computer Architecture, Homework 3)."""
import math
from fractions import Fraction

addr, cache, block = 32, 32 * 1024, 64
off = int(math.log2(block)); lines = cache // block; idx = int(math.log2(lines))
print("3.1a (tag, index, offset) =", (addr - idx - off, idx, off))
sets = lines // 4
print("3.1b tag bits 4-way =", addr - int(math.log2(sets)) - off)

amat = 1 + 0.05 * (10 + 0.20 * 100)
print("3.2a AMAT =", amat, "cycles")
sp = 1 / (Fraction(6, 10) + Fraction(4, 10) / 4)
print("3.2b Amdahl speedup =", sp, float(sp))

cpi = 1 + 0.20 * 0.30 * 1 + 0.15 * 0.10 * 2
print("3.3a CPI =", round(cpi, 6))
print("3.3b time =", round(1e9 * cpi / 2e9, 6), "s")
