#!/usr/bin/env python3
"""Numeric key values for IE 3320 Problem Set 4 (reliability engineering)."""
import math
from fractions import Fraction

lam = 2.5e-5
ANSWERS = {
    "1a": 1 / lam,                                   # MTBF, hours
    "1b": math.exp(-lam * 8760) * 100,               # percent
    "1c": lam * 1e9,                                 # FIT
    "2a": 0.95 * 0.98 * 0.99,
    "2b": float(1 - (1 - Fraction(3, 4)) ** 2),      # 15/16
    "2c": (2e-3) ** 4,
    "3a": 1 / 1e-3 + 1 / (2 * 1e-3),                 # 1/lam + 1/(2 lam)
    "3b": 1200 / (1200 + 8) * 100,                   # percent
}

if __name__ == "__main__":
    for k, v in ANSWERS.items():
        print(f"{k}: {v:.8g}")
    print("2b exact:", 1 - (1 - Fraction(3, 4)) ** 2)
