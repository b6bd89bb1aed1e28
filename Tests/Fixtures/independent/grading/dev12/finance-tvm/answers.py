#!/usr/bin/env python3
"""Compute the answer key for finance-tvm/problems.md and print it."""
import math

# 2.1
P, r_m, n = 5000.0, 0.06 / 12, 36
fv = P * (1 + r_m) ** n
ear = (1 + r_m) ** 12 - 1
print("2.1a", round(fv, 2))               # 5983.40
print("2.1b", round(ear * 100, 2), "%")   # 6.17 %

# 2.2
L, r, N = 200000.0, 0.045 / 12, 360
pmt = L * r / (1 - (1 + r) ** -N)
print("2.2a", round(pmt, 2))              # 1013.37
interest_exact = pmt * N - L
interest_rounded_pmt = round(pmt, 2) * N - L
print("2.2b", round(interest_exact), "(exact pmt:", round(interest_exact, 2),
      "; with rounded payment:", round(interest_rounded_pmt, 2), ")")  # 164813 either way

# 2.3
print("2.3", round(math.log(2) / 0.07, 2))  # 9.90

# 2.4
cfs = [-1000, 300, 400, 500]
npv = sum(c / 1.08 ** t for t, c in enumerate(cfs))
print("2.4a", round(npv, 2))              # 17.63
print("2.4b", "true" if npv > 0 else "false")  # NPV at 8% > 0 and NPV decreasing in rate -> IRR > 8%
cum, t = -1000.0, 0
for t, c in enumerate(cfs[1:], start=1):
    if cum + c >= 0:
        payback = (t - 1) + (-cum) / c
        break
    cum += c
print("2.4c", round(payback, 6))          # 2.6
