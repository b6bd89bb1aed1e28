"""Computes every numeric answer of the key for mlp-adam-sections."""
import math

x, w, b, t = 0.5, 2.0, -1.0, 1.0
z = w * x + b
s = 1 / (1 + math.exp(-z))
print("1a", s)
print("1b", "s*(1-s)  ->", s * (1 - s))
L = (s - t) ** 2
print("1c.i", L)
print("1c.ii", 2 * (s - t) * s * (1 - s) * x)

g, w0, b1, b2, eta, eps = 0.5, 1.0, 0.9, 0.999, 0.01, 1e-8
m1 = (1 - b1) * g
v1 = (1 - b2) * g * g
mh, vh = m1 / (1 - b1), v1 / (1 - b2)
print("2a", m1)
print("2b", round(w0 - eta * mh / (math.sqrt(vh) + eps), 6))
print("2c", w0 - 0.1 * (g + 0.01 * w0))

disc = 25 - 24
print("3", sorted([(5 - math.sqrt(disc)) / 2, (5 + math.sqrt(disc)) / 2]))
