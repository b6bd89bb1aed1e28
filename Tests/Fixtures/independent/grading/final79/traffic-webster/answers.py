#!/usr/bin/env python3
"""Compute the key values for the traffic-webster set."""
y1, y2 = 0.30, 0.25
L = 2 * 4
Y = y1 + y2
C0 = (1.5 * L + 5) / (1 - Y)
C = 60
G = C - L
g1 = G * y1 / Y
g2 = G * y2 / Y
s, g, Cb, v = 1900, 25, 80, 450
cap = s * g / Cb
X = v / cap
d1 = 0.5 * Cb * (1 - g / Cb) ** 2 / (1 - min(1, X) * g / Cb)
print("1a", round(Y, 4))
print("1b", round(C0, 1), C0)
print("1c", round(g1, 1), g1)
print("1d", round(g2, 1), g2)
print("2a", round(cap), cap)
print("2b", round(X, 3), X)
print("2c", round(d1, 1), d1)
print("3", "C")
