#!/usr/bin/env python3
"""Key values for radio-link-budget (ECE 3620 HW5)."""
import math

c = 299_792_458.0
pt_dbm = 10 * math.log10(2.0 * 1000)               # 1a
eirp = pt_dbm - 2 + 15                             # 1b
fspl = 20 * math.log10(4 * math.pi * 5000 * 2.4e9 / c)  # 1c
pr = eirp + 12 - fspl                              # 1d
lam = c / 10e9
dish = 10 * math.log10(0.55 * (math.pi * 1.2 / lam) ** 2)  # 2a
noise = -174 + 10 * math.log10(20e6) + 6           # 3a

ANSWERS = {
    "1a": round(pt_dbm, 2),
    "1b": round(eirp, 2),
    "1c": round(fspl, 2),
    "1d": round(pr, 2),
    "2a": round(dish, 2),
    "3a": round(noise, 2),
    "3b": round(pr - noise, 2),
}

if __name__ == "__main__":
    for k, v in ANSWERS.items():
        print(f"{k}: {v}")
    print("2b: true (gain ~ D^2, 20*log10(2) = %.2f dB)" % (20 * math.log10(2)))
