#!/usr/bin/env python3
"""Computes every numeric key value for radiocarbon (python3 standard library)."""
import math

T_CAM, T_LIBBY, A0 = 5730.0, 5568.0, 0.226
lam = math.log(2) / T_CAM
t1i = math.log(1 / 0.35) / lam
t1ii = T_LIBBY * math.log(1 / 0.35) / math.log(2)
F = (0.120 / 2.00) / A0
t2 = math.log(1 / F) / lam

print(f"1a    lambda = {lam:.6e} -> {lam:.3g}")
print(f"1b.i  t = {t1i:.2f} -> {round(t1i, -1):.0f}")
print(f"1b.ii t = {t1ii:.2f} -> {round(t1ii, -1):.0f}")
print(f"2a    F = {F:.6f} -> {F:.3f}")
print(f"2b    t = {t2:.2f} -> {round(t2, -2):.0f}   (Libby would give {T_LIBBY*math.log(1/F)/math.log(2):.0f})")
print("2c    B (about 50,000 yr, ~8-10 half-lives)")
print("3a    t = T*ln(1/R)/ln(2)")
print(f"3b    false: A(2t)/A(t) = exp(-lam t), which is 0.5 only at t = T (e.g. t=10000 -> {math.exp(-lam*10000):.3f})")
