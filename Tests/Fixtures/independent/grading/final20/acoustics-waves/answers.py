#!/usr/bin/env python3
"""Key values for acoustics-waves."""
import math
c = 343.0
print("1a wavelength (m):", c / 440)                       # 0.7795...
v = math.sqrt(80 / 1.2e-3)
print("1b fundamental (Hz):", v / (2 * 0.65))             # 198.61...
print("1c level (dB):", 10 * math.log10(3.2e-5 / 1e-12))  # 75.05...
c2 = 340.0
print("2a Doppler (Hz):", 680 * c2 / (c2 - 20))           # 722.5
f1 = c2 / (4 * 0.85)
print("2b first overtone (Hz):", 3 * f1)                  # 300
print("2c choice: B (odd harmonics only)")
print("3a:", "false", "(doubling adds", 10 * math.log10(2), "dB)")
print("3b wave speed (m/s):", (200 * math.pi) / (5 * math.pi))  # 40
