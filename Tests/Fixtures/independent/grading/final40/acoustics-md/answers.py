"""Key values for the acoustics / music-theory problem set (problems.md)."""
import math

p0 = 20e-6
print("1a", 20 * math.log10(0.2 / p0))
print("1b", 10 * math.log10(2 * 10 ** 8))
print("1c", 10 * math.log10(1e-5 / 1e-12))
print("1d", 90 - 20 * math.log10(16 / 2))

L, f1, mu = 0.65, 110.0, 0.005
v = 2 * L * f1
print("2a", v)
print("2b", mu * v ** 2)
c = 343.0
fp = c / (4 * 0.5)
print("2c", fp)
print("2d", [fp * n for n in (1, 3, 5)])

print("3a", 440 * 2 ** (7 / 12))
print("3b", 1200 * math.log2(1.5))
print("3c", "2^(1/3)", 2 ** (1 / 3))
print("3d", "B")

print("4a", 443 - 440)
print("4b", 500 * c / (c - 20))
print("4c", 500 * (c + 20) / c)
print("4d", "false")

Vol = 10 * 8 * 4
A = 40.0
S = 2 * (10 * 8 + 10 * 4 + 8 * 4)
print("5a", 0.161 * Vol / A)
print("5b", 0.161 * Vol / (A + 24 * 0.8))
print("5c", A / S, "= 5/38")
print("5d", 0.161 * Vol / 0.6)

print("6a", 343 / 1000)
print("6b", 1480 / 1000)
print("6c", 331.3 * math.sqrt(1 + 25 / 273.15))
print("6d", "true")
