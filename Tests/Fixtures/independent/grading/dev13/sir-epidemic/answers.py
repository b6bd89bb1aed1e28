import numpy as np
N, beta, gamma = 10000.0, 0.3, 0.1
R0 = beta / gamma
print("1a R0 =", R0)
print("1b.i HIT =", 1 - 1 / R0, "(2/3)")
r = beta - gamma
print("1b.ii doubling time =", np.log(2) / r, "->", round(np.log(2) / r, 2))
z = 0.5
for _ in range(200):          # Newton on f(z) = z - 1 + exp(-R0 z)
    f = z - 1 + np.exp(-R0 * z)
    z -= f / (1 - R0 * np.exp(-R0 * z))
print("1c final size =", z, "->", f"{z:.3f}")
S, I, R = 9990.0, 10.0, 0.0
inf, rec = beta * S * I / N, gamma * I
v = np.array([S - inf, I + inf - rec, R + rec])
print("2a Euler step =", v)
Reff = R0 * (1 - 0.7)
print("2b R_eff =", Reff)
print("2c major outbreak possible ->", "true" if Reff > 1 else "false")
