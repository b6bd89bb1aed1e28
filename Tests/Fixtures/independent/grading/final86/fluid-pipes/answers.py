import math
rho, g = 1000.0, 9.81
D1, D2, V1 = 0.10, 0.05, 2.0
V2 = V1 * (D1 / D2) ** 2
print("1a V2 [m/s] =", V2)
print("1b p1-p2 [kPa] =", 0.5 * rho * (V2**2 - V1**2) / 1000)
print("1c Q [L/s] =", round(math.pi * D1**2 / 4 * V1 * 1000, 1))
nu, V, D, L, f = 1.0e-6, 1.5, 0.040, 50.0, 0.025
Re = V * D / nu
print("2a Re =", round(Re))
print("2b regime =", "C (turbulent)" if Re > 4000 else "A/B")
print("2c h_f [m] =", round(f * L / D * V**2 / (2 * g), 2))
Q, H, eta = 0.020, 25.0, 0.75
P = rho * g * Q * H / eta
print("3a P [kW] =", round(P / 1000, 2))
print("3b doubling Q doubles P:", "true" if math.isclose(rho*g*2*Q*H/eta, 2*P) else "false")
