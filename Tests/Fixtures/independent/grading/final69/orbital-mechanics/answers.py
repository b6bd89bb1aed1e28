#!/usr/bin/env python3
"""Key values for orbital-mechanics (PHYS 2410 PS 6). Prints part id and value."""
import math

MU = 3.986e14          # m^3 s^-2
RE = 6371e3            # m
G = 6.674e-11

r1 = RE + 500e3
vc = math.sqrt(MU / r1)
period = 2 * math.pi * r1 / vc
v_esc_surface = math.sqrt(2 * MU / RE)

r2 = 42164e3
a_t = (r1 + r2) / 2
v_perigee = math.sqrt(MU * (2 / r1 - 1 / a_t))
dv1 = v_perigee - vc
t_transfer = math.pi * math.sqrt(a_t ** 3 / MU)

a_moon = 4.22e8
T_moon = 1.769 * 86400
M_planet = 4 * math.pi ** 2 * a_moon ** 3 / (G * T_moon ** 2)
ratio = 2 ** 1.5

VALUES = {
    "1a": vc / 1000,            # km/s
    "1b": period / 60,          # min
    "1d": v_esc_surface / 1000, # km/s
    "2a": dv1 / 1000,           # km/s
    "2b": t_transfer / 3600,    # h
    "3a": M_planet,             # kg
    "3b": ratio,                # exact 2*sqrt(2)
}
# 1c is symbolic: v_esc = sqrt(2) * v_c. EXPRESSIONS gives, for each symbolic part, the
# variable values to test with and the value the expression must take there.
v_esc_alt = math.sqrt(2 * MU / r1)
EXPRESSIONS = {"1c": ({"v_c": vc}, v_esc_alt)}

if __name__ == "__main__":
    print(f"intermediate: r1 = {r1:.0f} m, a_transfer = {a_t:.1f} m, v_perigee = {v_perigee:.2f} m/s")
    for k, v in VALUES.items():
        print(f"{k}: {v:.10g}")
    print(f"1c: v_esc at 500 km = {v_esc_alt:.4f} m/s = sqrt(2) * {vc:.4f}")
