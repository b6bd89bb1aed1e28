from math import sqrt, ceil
p, n, z, N = 0.42, 1200, 1.96, 5000
se = sqrt(p * (1 - p) / n)
moe = z * se
print("4.1a", se)
print("4.1b", moe)
print("4.1c", [p - moe, p + moe])
print("4.1d", ceil(z * z * 0.25 / 0.02 ** 2 - 1e-9))
fpc = sqrt((N - n) / (N - 1))
print("4.2a.i", fpc)
print("4.2a.ii", moe * fpc)
print("4.2b", "A")
print("4.2c", "z*sqrt(p*(1-p)/n)")
