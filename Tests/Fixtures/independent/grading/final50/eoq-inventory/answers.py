#!/usr/bin/env python3
"""Compute every key value for eoq-inventory."""
from fractions import Fraction
from math import sqrt, ceil

D, S, H = 12000, 75.0, 2.50
Q = sqrt(2 * D * S / H)
print("1i", round(Q), f"(exact {Q:.4f})")
print("1ii", round(D / Q, 2), f"(exact {D/Q:.5f})")
TC = D / Q * S + Q / 2 * H
print("1iii", round(TC, 2))
days, L = 250, 6
d = D / days
print("2i", d * L)
rop = d * L + 1.645 * 30
print("2ii", ceil(rop), f"(exact {rop:.2f})")
Ssetup, p = 120.0, 200
epq = sqrt(2 * D * Ssetup / (H * (1 - d / p)))
print("3i", round(epq), f"(exact {epq:.3f})")
print("3ii", Fraction(int(d), p), float(Fraction(int(d), p)))
# Q4 quantity discounts, H = 25% of unit price
breaks = [(0, 499, 10.00), (500, 999, 9.80), (1000, 10**9, 9.60)]
best = None
for lo, hi, c in breaks:
    h = 0.25 * c
    q = sqrt(2 * D * S / h)
    q = min(max(q, lo), hi)
    tc = D * c + D / q * S + q / 2 * h
    print(f"   price {c}: Q={q:.1f} TC={tc:.2f}")
    if best is None or tc < best[0]: best = (tc, q, c)
opts = {"A": (849, 10.00), "B": (857, 9.80), "C": (1000, 9.60), "D": (866, 9.60)}
print("4", [k for k, (q, c) in opts.items() if c == best[2] and abs(q - best[1]) < 1])
