#!/usr/bin/env python3
"""Compute every numeric key value for beam-statics (units: kN, m)."""
import numpy as np

# Exercise 4.1: span 6, point load 12 at x=2, UDL 4 kN/m on [3, 6]
L, P, a, w, u0, u1 = 6.0, 12.0, 2.0, 4.0, 3.0, 6.0
W = w * (u1 - u0)
xW = (u0 + u1) / 2
RB = (P * a + W * xW) / L
RA = P + W - RB
print("4.1a", RA)
print("4.1b", RB)

def M(x):
    m = RA * x
    if x > a:
        m -= P * (x - a)
    if x > u0:
        s = min(x, u1) - u0
        m -= w * s * (x - u0 - s / 2)
    return m

print("4.1c", M(3.0))
xs = np.linspace(0, L, 60001)
Ms = np.array([M(x) for x in xs])
print("4.1d", round(float(Ms.max()), 6), "at x =", float(xs[Ms.argmax()]))

# Exercise 4.2: cantilever L=2.5, UDL 3, tip load 5
Lc, wc, Pc = 2.5, 3.0, 5.0
print("4.2a.i", wc * Lc + Pc)
print("4.2a.ii", wc * Lc**2 / 2 + Pc * Lc)
print("4.2b", wc * Lc**2 / 2 + Pc * Lc / 2, "-> choice A (15.625)")

# Exercise 4.3: triangular load 0 -> 6 kN/m over span 8
Ls, q = 8.0, 6.0
Wt = q * Ls / 2
print("4.3", Wt * (2 * Ls / 3) / Ls)
