import math
rho, mu = 1000.0, 1.0e-3
D, V = 0.05, 0.4
Re = rho * V * D / mu
print("1a", Re)
print("1b", "true" if Re < 2300 else "false")
print("1c", round(V * math.pi * D**2 / 4 * 1000, 3))  # L/s
rho_o, mu_o, Do, L, Vo = 900.0, 0.1, 0.02, 10.0, 0.5
Re_o = rho_o * Vo * Do / mu_o
print("2a", round(64 / Re_o, 3), "Re =", Re_o)
print("2b", 32 * mu_o * L * Vo / Do**2)
D1, D2, V1 = 0.10, 0.05, 2.0
V2 = V1 * (D1 / D2) ** 2
print("3", rho / 2 * (V2**2 - V1**2) / 1000)  # kPa
print("4", "B")
