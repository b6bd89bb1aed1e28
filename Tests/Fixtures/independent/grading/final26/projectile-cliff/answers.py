#!/usr/bin/env python3
"""Answer key for projectile-cliff: prints every numeric key value."""
import math
g, h, v0 = 9.8, 15.0, 25.0
vx, vy = v0 * 4 / 5, v0 * 3 / 5          # tan(theta) = 3/4
t_top = vy / g
H = h + vy**2 / (2 * g)
T = (vy + math.sqrt(vy**2 + 2 * g * h)) / g
R = vx * T
v_imp = math.sqrt(v0**2 + 2 * g * h)
print("1a", [vx, vy])
print("1b", round(t_top, 4))
print("1c", round(H, 4))
print("1d", round(T, 4))
print("1e", round(R, 4))
print("1f", round(v_imp, 4))
print("2a", "B  (horizontal velocity is constant)")
print("2b", "false  (rise", round(t_top, 4), "s vs fall", round(T - t_top, 4), "s)")
