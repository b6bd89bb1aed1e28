#!/usr/bin/env python3
"""Compute the key values for pk-dosing (one-compartment pharmacokinetics)."""
import math
from fractions import Fraction

dose, vd1, thalf = 500.0, 35.0, 6.0
c0 = dose / vd1
k = math.log(2) / thalf
cl = k * vd1
c12 = Fraction(500, 35) * Fraction(1, 2) ** 2          # 12 h = two half-lives
print("1a C0 (mg/L)      =", round(c0, 3 - 1 - int(math.floor(math.log10(c0)))), f"({c0:.6f})")
print("1b k (1/h)        =", round(k, 4), f"({k:.8f})")
print("1c CL (L/h)       =", round(cl, 2), f"({cl:.6f})")
print("1d C(12 h) (mg/L) =", c12, f"({float(c12):.6f})")

cl2, vd2, rate = 4.0, 40.0, 20.0
css = rate / cl2
t90 = math.log(10) / k
ld = 15.0 * vd2
print("2a Css (mg/L)     =", css)
print("2b t90 (h)        =", round(t90, 1), f"({t90:.6f})")
print("2c loading dose   =", ld)
print("2d               = false (time to steady state depends only on k)")
