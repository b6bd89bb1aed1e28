#!/usr/bin/env python3
"""Compute every numeric key value for stats-inference and print it."""
import numpy as np
from scipy import stats

n, xbar, s = 16, 52.3, 4.8
se = s / np.sqrt(n)
print("4.1a SE =", se)
t = stats.t.ppf(0.975, n - 1)
lo, hi = xbar - t * se, xbar + t * se
print("4.1b t15 = %.5f  CI = (%.6f, %.6f) -> (%.2f, %.2f)" % (t, lo, hi, lo, hi))
zc = stats.norm.ppf(0.975); t16 = stats.t.ppf(0.975, 16)
print("     z-interval (%.2f, %.2f); df=16 interval (%.2f, %.2f)"
      % (xbar - zc * se, xbar + zc * se, xbar - t16 * se, xbar + t16 * se))

Z = (0.60 - 0.5) / np.sqrt(0.25 / 100)
print("4.2a.i Z =", round(Z, 10))
pv = 2 * stats.norm.sf(Z)
print("4.2a.ii p = %.7f -> %.4f (one-sided %.4f)" % (pv, pv, stats.norm.sf(Z)))
print("4.2b", "B (fail to reject)" if pv > 0.01 else "A")

counts = np.array([3, 1, 4, 1, 5, 2])
lam = counts.mean()
print("4.3 lambda_hat = %.6f  P(X=0) = %.6f -> %.4f ; with lambda rounded to 2.67: %.4f"
      % (lam, np.exp(-lam), np.exp(-lam), np.exp(-2.67)))

w = np.array([2, 3, 1, 4, 5.])
lh = len(w) / w.sum()
print("4.4a lambda_hat = %.6f (= 1/3)" % lh)
print("4.4b SE = lambda/sqrt(n) = %.6f -> %.4f ; lambda/n = %.4f" % (lh / np.sqrt(len(w)), lh / np.sqrt(len(w)), lh / len(w)))

COMPUTED = {"4.1a": se, "4.1b": [lo, hi], "4.2a.i": Z, "4.2a.ii": pv, "4.2b": "B", "4.3": np.exp(-lam),
            "4.4a": lh, "4.4b": lh / np.sqrt(len(w))}

# ---- check the key against the computed values
import os, yaml
_key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
_key = {str(k): v for k, v in _key.items()}
def _num(v):
    if isinstance(v, str) and "/" in v:
        a, b = v.split("/"); return float(a) / float(b)
    return np.asarray(v, float)
for pid, val in COMPUTED.items():
    k = _key[pid]
    if "answer" not in k:
        assert str(val) == str(k.get("choice") or k.get("text") or k.get("expression")), (pid, val, k)
        continue
    tol = k.get("tolerance", 1e-9)
    assert np.allclose(_num(k["answer"]), np.asarray(val, float), atol=min(tol, 1e-5), rtol=0), (pid, val, k)
assert set(COMPUTED) == set(_key), set(_key) ^ set(COMPUTED)
print("key.yaml agrees with computed values for", len(COMPUTED), "parts")
