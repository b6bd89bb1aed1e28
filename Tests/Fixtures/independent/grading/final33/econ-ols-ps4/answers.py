#!/usr/bin/env python3
"""Answer key computations for econ-ols-ps4 (Econometrics I, Problem Set 4)."""
import numpy as np
from fractions import Fraction

x = np.array([0, 1, 2, 3, 4], dtype=float)
y = np.array([2, 1, 5, 9, 8], dtype=float)
n = len(y)
X = np.column_stack([np.ones(n), x])
XtX = X.T @ X
print("4.1a X'X =", XtX.astype(int).tolist())
beta = np.linalg.solve(XtX, X.T @ y)
print("4.1b beta_hat =", beta.round(10).tolist())
e = y - X @ beta
rss = float(e @ e)
k = X.shape[1]
s2 = Fraction(round(rss), n - k)
print("4.1c sigma2_hat = RSS/(n-k) =", s2, "=", float(s2))
tss = float(((y - y.mean()) ** 2).sum())
r2 = 1 - rss / tss
adj = 1 - (1 - r2) * (n - 1) / (n - k)
print("4.1d R2 =", r2, " adjusted R2 =", round(adj, 6))

b1, se, tcrit = 1.24, 0.31, 2.086   # n = 23, k = 3 -> df = 20; t value given in the problem
lo, hi = b1 - tcrit * se, b1 + tcrit * se
print("4.2  95%% CI = [%.3f, %.3f]  (raw %.5f, %.5f)" % (lo, hi, lo, hi))
print("4.3  heteroskedasticity: unbiased, usual SEs invalid -> B")
print("4.4  elasticity = beta1 + 2*beta2*ln(x)")
beta1, beta2, delta = Fraction(2), Fraction(-3, 2), Fraction(1, 2)
print("4.5  plim tilde beta1 =", beta1 + beta2 * delta)

# machine-readable summary, compared with key.yaml by ../validate.py
import json
print("KEY", json.dumps({"4.1a": XtX.astype(int).tolist(), "4.1b": [round(v, 9) for v in beta.tolist()],
                         "4.1c": str(s2), "4.1d": adj, "4.2": [lo, hi], "4.3": "B",
                         "4.5": str(beta1 + beta2 * delta)}))
