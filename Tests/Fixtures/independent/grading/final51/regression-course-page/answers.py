#!/usr/bin/env python3
"""Compute every key value for STAT 310 Homework 5 (simple linear regression)."""
import numpy as np

x = np.array([1, 2, 3, 4, 5, 6], dtype=float)
y = np.array([3.1, 4.9, 7.2, 8.8, 11.1, 12.7])
n = len(x)
xb, yb = x.mean(), y.mean()
Sxx = ((x - xb) ** 2).sum()
Sxy = ((x - xb) * (y - yb)).sum()
b1 = Sxy / Sxx
b0 = yb - b1 * xb
res = y - (b0 + b1 * x)
SSE = (res ** 2).sum()
SST = ((y - yb) ** 2).sum()
R2 = 1 - SSE / SST
s = np.sqrt(SSE / (n - 2))
se_b1 = s / np.sqrt(Sxx)
X = np.column_stack([np.ones(n), x])
print("Sxx", Sxx, "Sxy", Sxy, "SSE", SSE, "SST", SST)
print("1a slope", round(b1, 4), b1)
print("1b intercept", round(b0, 4), b0)
print("1c R2", round(R2, 4), R2)
print("1d s", round(s, 4), s)
print("1e se(b1)", round(se_b1, 4), se_b1)
print("2a XtX", (X.T @ X).astype(int).tolist())
print("2b", "B")   # adding a predictor never decreases R^2 (nested least squares)
print("3", "true", "sum of residuals =", res.sum())
