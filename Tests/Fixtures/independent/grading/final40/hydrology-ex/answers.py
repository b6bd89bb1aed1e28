"""Key values for the hydrology exercises (problems.md)."""
import math
import numpy as np

# 5.1 rational method, Q = C i A / 3.6 (i mm/h, A km^2 -> m^3/s)
print("5.1a", 0.6 * 50 * 2.5 / 3.6)
Cc = 0.4 * 0.9 + 0.6 * 0.3
print("5.1b", Cc)
print("5.1c", Cc * 50 * 2.5 / 3.6)
print("5.1d", "false")

# 5.2 SCS-CN, CN = 80, P = 100 mm
S = 25400 / 80 - 254
Ia = 0.2 * S
Q = (100 - Ia) ** 2 / (100 - Ia + S)
print("5.2a", S)
print("5.2b", Ia)
print("5.2c", Q)
print("5.2d", Q / 100)

# 5.3 Manning, rectangular b=4, y=1.5, n=0.015, S=0.001
b, y, n, s0 = 4.0, 1.5, 0.015, 0.001
A = b * y
R = A / (b + 2 * y)
V = R ** (2 / 3) * s0 ** 0.5 / n
print("5.3a", A)
print("5.3b", R, "= 6/7")
print("5.3c", V)
print("5.3d", A * V)

# 5.4 Horton f0=80, fc=10 mm/h, k=2 /h
f0, fc, k = 80.0, 10.0, 2.0
print("5.4a", fc + (f0 - fc) * math.exp(-k * 1))
print("5.4b", fc * 1 + (f0 - fc) / k * (1 - math.exp(-k * 1)))
print("5.4c", "10 + 70*exp(-2*t)")
print("5.4d", "C")

# 5.5 Darcy: K=15 m/d, i=0.004, b=20 m, w=500 m, n=0.3
q = 15 * 0.004
print("5.5a", q)
print("5.5b", q * 20 * 500)
print("5.5c", q / 0.3)
print("5.5d", 1000 / (q / 0.3))

# 5.6 unit hydrograph (1 cm, 1 h), hourly ordinates
uh = np.array([0, 10, 25, 15, 5, 0], dtype=float)
area_km2 = uh.sum() * 3600 / 0.01 / 1e6
print("5.6a", area_km2)
dro = np.convolve([2, 1], uh)
print("5.6b.i", dro.tolist())
print("5.6b.ii", dro.max())
print("5.6c", int(np.argmax(dro)))
