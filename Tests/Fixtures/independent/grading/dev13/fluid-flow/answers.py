import numpy as np
rho, mu, g = 1000.0, 1.0e-3, 9.81
D, V = 0.05, 2.0
Re = rho * V * D / mu
print("1a Re =", Re)
print("1b", "C (turbulent)" if Re > 4000 else "other")
Q = V * np.pi * D**2 / 4 * 1000  # L/s
print("1c Q [L/s] =", Q, "->", round(Q, 2))
A1, A2, V1, p1 = 0.02, 0.005, 1.5, 200e3
V2 = V1 * A1 / A2
print("2a V2 =", V2)
p2 = p1 - 0.5 * rho * (V2**2 - V1**2)
print("2b p2 [kPa] =", p2 / 1000, "->", round(p2 / 1000, 1))
h = 5.0
v = np.sqrt(2 * g * h)
print("3 v =", v, "->", round(v, 2))
n_vars, n_dims = 5, 3   # F, rho, V, D, mu ; M L T
print("4a Pi groups =", n_vars - n_dims)
print("4b F ratio when V doubled with const C_D =", (2.0)**2, "-> true")
