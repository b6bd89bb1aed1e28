#!/usr/bin/env python3
"""Key values for strings-temperament."""
import math
A4 = 440.0
print("1a", round(A4 * 2 ** (3 / 12), 2))             # 523.25
print("1b", round(2 ** (7 / 12), 4))                  # 1.4983
print("1c", round(1200 * math.log2(1.5) - 700, 2))    # 1.96
# 1d: cents of 5/4 = 386.3 -> nearest 400 = major third
c = 1200 * math.log2(5 / 4)
names = {3: "A", 4: "B", 5: "C", 6: "D"}
print("1d", names[min(names, key=lambda k: abs(100 * k - c))])
L, mu, T = 0.65, 1.2e-3, 80.0
print("2a", round(math.sqrt(T / mu) / (2 * L), 1))    # 198.6
T2 = mu * (2 * L * 220) ** 2
print("2b", round(T2, 1))                             # 98.2
print("2c", round(100 * L * (1 - 2 ** (-5 / 12)), 1))  # 16.3 (tension does not matter)
print("2d", "false")  # factor sqrt(2) = 6 semitones
