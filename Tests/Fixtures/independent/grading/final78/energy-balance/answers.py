#!/usr/bin/env python3
"""Key values for energy-balance."""
W, H, A = 68, 165, 30
bmr = 10 * W + 6.25 * H - 5 * A - 161
print("3.1a.i", round(bmr))                 # 1400 (1400.25)
print("3.1a.ii", round(bmr * 1.55))         # 2170 (2170.39)
print("3.1b", round(447.593 + 9.247 * W + 3.098 * H - 4.330 * A))  # 1458 (1457.659)
E = 4 * 60 + 4 * 25 + 9 * 18
print("3.2a", E)                            # 502
print("3.2b", round(100 * 9 * 18 / E, 1))   # 32.3 (32.27)
print("3.2c.i", "4*c + 4*p + 9*f + 7*a")
print("3.2c.ii", round(500 * 0.05 * 0.789 * 7))  # 138 (138.075)
print("3.3", 5 * 7700 / 500)                # 77 days
