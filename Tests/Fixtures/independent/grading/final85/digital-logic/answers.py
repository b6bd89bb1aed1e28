#!/usr/bin/env python3
"""Computes every numeric key value of digital-logic/key.yaml."""
import struct, itertools, math
print("Q1a -75 =", format((-75) & 0xFF, "08b"))
s = (0x6A + 0x3C) & 0xFF
sv = lambda v: v - 256 if v >= 128 else v
print("Q1b.i sum = 0x%02X" % s, "; signed", sv(0x6A), "+", sv(0x3C), "=", sv(s))
print("Q1b.ii overflow:", sv(0x6A) + sv(0x3C) != sv(s))
ms = {0, 2, 5, 7, 8, 10, 13, 15}
opts = {"A": lambda a, b, c, d: (not b and not d) or (b and d),
        "B": lambda a, b, c, d: (not b and d) or (b and not d),
        "C": lambda a, b, c, d: (not a and not b and not d) or (b and d),
        "D": lambda a, b, c, d: (b and d) or (not a and not d)}
for k, f in opts.items():
    ok = all(bool(f(*[(m >> i) & 1 for i in (3, 2, 1, 0)])) == (m in ms) for m in range(16))
    print("Q2a option", k, "equals F:", ok)
print("Q2b NAND-NAND for 2 product terms: 2 first-level + 1 output =", 3)
bits = struct.unpack(">I", struct.pack(">f", -13.625))[0]
print("Q3a biased exponent =", (bits >> 23) & 0xFF)
print("Q3b pattern = %08X" % bits)
nxt = struct.unpack(">f", struct.pack(">I", (bits & 0x7FFFFFFF) + 1))[0]
print("Q3c gap =", nxt - 13.625, "=", math.ldexp(1, -20))
