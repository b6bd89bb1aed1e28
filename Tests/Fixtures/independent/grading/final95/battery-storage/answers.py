#!/usr/bin/env python3
"""Computes the numeric key of battery-storage and prints it (id: value)."""
cell_v, cell_ah, S, P = 3.6, 2.5, 4, 3
v = S * cell_v
ah = P * cell_ah
print("7.1a:", round(v, 3))
print("7.1b:", round(ah, 3))
print("7.1c:", round(v * ah, 3))
print("7.1d:", round(2 * ah, 3))
C, k, H, I = 100.0, 1.2, 20.0, 20.0
t = H * (C / (I * H)) ** k
print("7.2a:", round(t, 2))
print("7.2b:", round(I * t, 1))
print("7.2c:", round(0.95 * 0.92 * 100, 1))
print("7.3:", round(3.0 * 3.85 * (0.80 - 0.20) / 0.90, 2))
