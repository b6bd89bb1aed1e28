#!/usr/bin/env python3
"""Computes the numeric key of linkage-exam and prints it (id: value)."""
import math

# Problem 1
rec = 94 + 96
r = rec / 1000
print("1a:", round(r, 4))
print("1b:", round(-0.5 * math.log(1 - 2 * r) * 100, 1))

# Problem 2: order x-z-y; DCO flip z (x y z, + + +)
total = 2000
sco1 = 146 + 154   # + y + / x + z : x separated from z,y
sco2 = 128 + 132   # x + + / + y z : y separated from x,z
dco = 26 + 24
print("2a:", "C")
rf1 = (sco1 + dco) / total * 100
rf2 = (sco2 + dco) / total * 100
print("2b:", round(rf1, 2))
print("2c:", round(rf2, 2))
print("2d:", round(rf1 + rf2, 2))
expected = rf1 / 100 * rf2 / 100 * total
coc = dco / expected
print("2e:", round(coc, 3))
print("2f:", round(1 - coc, 3))
