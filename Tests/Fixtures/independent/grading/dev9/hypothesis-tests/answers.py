#!/usr/bin/env python3
"""Key values for hypothesis-tests (Stats 2xx problem set 6)."""
import math
import numpy as np

def t_pdf(x, nu):
    c = math.gamma((nu + 1) / 2) / (math.sqrt(nu * math.pi) * math.gamma(nu / 2))
    return c * (1 + x * x / nu) ** (-(nu + 1) / 2)

def t_sf(t, nu, upper=200.0, n=2_000_001):
    xs = np.linspace(t, upper, n)
    ys = t_pdf(xs, nu)
    return float(np.trapezoid(ys, xs))

n, xbar, s, mu0 = 16, 52.3, 4.8, 50.0
t = (xbar - mu0) / (s / math.sqrt(n))
p = 2 * t_sf(t, n - 1)
print("1a t =", round(t, 3), t)
print("1b two-sided p =", round(p, 4), p)
print("1c reject at 0.05?", p < 0.05, "-> statement 'H0 is rejected' is", "true" if p < 0.05 else "false")

p2 = sum(math.comb(10, k) for k in (9, 10)) / 2 ** 10
print("2a P(X>=9 | p=.5) =", p2, "= %d/1024" % sum(math.comb(10, k) for k in (9, 10)))
pw = sum(math.comb(10, k) * 0.8 ** k * 0.2 ** (10 - k) for k in (9, 10))
print("2b power at p=0.8 =", round(pw, 4), pw)

z = 1.96
half = z * 2 / math.sqrt(25)
print("3a CI =", [round(10 - half, 3), round(10 + half, 3)])
nreq = (z * 2 / 0.5) ** 2
print("3b n >=", nreq, "->", math.ceil(nreq))

obs = np.array([8, 12, 9, 11, 6, 14]); exp = np.full(6, 10.0)
chi2 = float(((obs - exp) ** 2 / exp).sum())
print("4i chi2 =", chi2)
# 0.95 quantiles of chi-square, df = 1..6 (table values) ; df here = 5
table = {1: 3.841, 4: 9.488, 5: 11.070, 6: 12.592}
print("4ii df =", len(obs) - 1, "critical", table[len(obs) - 1], "-> option B")
