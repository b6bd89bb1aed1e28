#!/usr/bin/env python3
"""Compute the numeric key values for Homework 7 (photoelectric effect)."""
import math

h, c, e, me = 6.626e-34, 2.998e8, 1.602e-19, 9.109e-31

E_J = h * c / 250e-9
E_eV = E_J / e
K_eV = E_eV - 2.28
K_J = K_eV * e
V0 = K_eV                     # stopping potential in volts
lam0_nm = h * c / (2.28 * e) * 1e9
flux = 5.0e-3 * 632.8e-9 / (h * c)
lam_dB_nm = h / math.sqrt(2 * me * e * 150) * 1e9
E600_eV = h * c / 600e-9 / e  # for 3b: below the work function -> false

ANSWERS = {
    "1a": E_eV,
    "1b": K_J,
    "1c": V0,
    "1d": lam0_nm,
    "2a": flux,
    "2b": lam_dB_nm,
}
CHOICES = {"3a": "C"}
TEXTS = {"3b": "true" if E600_eV > 2.28 else "false"}

if __name__ == "__main__":
    for k, v in ANSWERS.items():
        print(f"{k}: {v:.6g}")
    print("3a:", CHOICES["3a"])
    print(f"3b: {TEXTS['3b']}  (E(600 nm) = {E600_eV:.4f} eV < 2.28 eV)")
