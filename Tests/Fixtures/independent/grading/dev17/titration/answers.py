#!/usr/bin/env python3
"""Numeric key values for titration/problems.md."""
from math import log10, sqrt
Kw, Ka = 1.00e-14, 1.8e-5
Va, Ca, Cb = 25.00, 0.100, 0.125
n_acid = Va * Ca                       # mmol
Veq = n_acid / Cb
print("1a", round(Veq, 2))
h = (-Ka + sqrt(Ka * Ka + 4 * Ka * Ca)) / 2
print("1b", round(-log10(h), 4), "->", f"{-log10(h):.2f}",
      "(small-x approx gives", f"{-log10(sqrt(Ka * Ca)):.2f})")
nb = 10.00 * Cb
ph_c = -log10(Ka) + log10(nb / (n_acid - nb))
print("1c", round(ph_c, 4), "->", f"{ph_c:.2f}")
Kb = Kw / Ka
C_ac = n_acid / (Va + Veq)
oh = (-Kb + sqrt(Kb * Kb + 4 * Kb * C_ac)) / 2
ph_d = 14 + log10(oh)
print("1d", round(ph_d, 4), "->", f"{ph_d:.2f}", "(undiluted would give",
      f"{14 + log10(sqrt(Kb * Ca)):.2f})")
excess = 25.00 * Cb - n_acid
ph_e = 14 + log10(excess / (Va + 25.00))
print("1e", round(ph_e, 4), "->", f"{ph_e:.2f}")
print("1f", "C")  # phenolphthalein range 8.2-10.0 contains the equivalence pH
c_naoh = 0.500 / 204.22 / 0.02435
print("2a", round(c_naoh, 6), "->", f"{c_naoh:.4g}", "(with M=204.2:", f"{0.500/204.2/0.02435:.4g})")
print("2b", "false")
