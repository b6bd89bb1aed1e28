from math import log
n, R, T1, V1 = 2.0, 8.314, 300.0, 0.05
p1 = n * R * T1 / V1
print("1a", p1)
print("1b", n * R * T1 * log(2))
print("1c", p1 / 2)
print("1d", T1 * 2 ** (5 / 3 - 1))
eta = 1 - 300 / 500
print("2a", eta)
print("2b", eta * 1200)
print("2c", 1200 - eta * 1200)
print("2d", "false")
