#!/usr/bin/env python3
"""Compute the numeric key values for epi-sir and print them."""
import math
from fractions import Fraction

N, beta, gamma = 10000, 0.3, 0.1
R0 = beta / gamma
period = 1 / gamma
hit = 1 - Fraction(1, 3)          # 1 - 1/R0 with R0 = 3
S0, I0, Rr0, dt = 9990, 10, 0, 1
inf = beta * S0 * I0 / N * dt
S1, I1, R1 = S0 - inf, I0 + inf - gamma * I0 * dt, Rr0 + gamma * I0 * dt

ar_exp = 48 / 120
ar_unexp = 8 / 80
rr = ar_exp / ar_unexp
ar_all = (48 + 8) / 200

# final size z = 1 - exp(-2 z), Newton from 0.8
z = 0.8
for _ in range(50):
    f = z - 1 + math.exp(-2 * z)
    z -= f / (1 - 2 * math.exp(-2 * z))

values = {
    "1a": R0, "1b": period, "1c": float(hit),
    "1d": [round(S1, 3), round(I1, 3), round(R1, 3)],
    "2a": ar_exp, "2b": rr, "2c": ar_all, "3": z,
}
if __name__ == "__main__":
    for k, v in values.items():
        print(f"{k}: {v!r}")
