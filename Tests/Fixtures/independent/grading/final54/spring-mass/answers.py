#!/usr/bin/env python3
"""Computes every numeric key value of spring-mass."""
import numpy as np

m, k, c = 2.0, 800.0, 16.0
wn = np.sqrt(k / m)
zeta = c / (2 * np.sqrt(k * m))
wd = wn * np.sqrt(1 - zeta**2)
print("3.1a wn =", wn)
print("3.1b zeta =", zeta)
print("3.1c wd =", wd, "->", round(wd, 2))

m2, k2, x0, v0 = 0.5, 50.0, 0.02, 0.3
w = np.sqrt(k2 / m2)
amp = np.hypot(x0, v0 / w)
print("3.2a amplitude =", amp, "->", float(f"{amp:.4g}"))
print(f"3.2b x(t) = {x0}*cos({w:g}*t) + {v0 / w:g}*sin({w:g}*t)")
# check the expression numerically against the ODE solution
t = np.linspace(0, 1, 11)
x = x0 * np.cos(w * t) + v0 / w * np.sin(w * t)
assert np.allclose(x, 0.02 * np.cos(10 * t) + 0.03 * np.sin(10 * t))

k1, kk2 = 300.0, 600.0
K = np.array([[k1 + kk2, -kk2], [-kk2, kk2]])
print("3.3a K =", K.astype(int).tolist())
F = np.array([0.0, 60.0])
print("3.3b x =", np.linalg.solve(K, F).round(12).tolist())

F0, Om = 40.0, 20.0
r = Om / wn
X = (F0 / k) / np.sqrt((1 - r**2) ** 2 + (2 * zeta * r) ** 2)
print("3.4 X =", X)
