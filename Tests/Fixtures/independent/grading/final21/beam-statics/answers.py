L, P, a = 6.0, 12.0, 2.0
RA = P * (L - a) / L
RB = P * a / L
print("1a", RA)
print("1b", RB)
print("1c", RA * a)            # max moment under the load
print("1d", RA - P)            # shear just right of load
w, Lc, E, I = 5.0, 3.0, 200e9, 8e-6
print("2a", w * Lc**2 / 2)
print("2b", w * Lc)
delta_mm = (w * 1e3) * Lc**4 / (8 * E * I) * 1e3
print("2c", delta_mm, float(f"{delta_mm:.3g}"))
print("3", "B")  # wL^2/8 at midspan
