"""Answer key for STAT 2040 Week 4 exercises (hypothesis tests). numpy only."""
import math
import numpy as np

def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))

def t_sf(t, df, n=400001, upper=200.0):
    # upper tail of Student t by Simpson integration of the density
    x = np.linspace(t, upper, n)
    c = math.gamma((df + 1) / 2) / (math.sqrt(df * math.pi) * math.gamma(df / 2))
    f = c * (1 + x * x / df) ** (-(df + 1) / 2)
    h = x[1] - x[0]
    return h / 3 * (f[0] + f[-1] + 4 * f[1:-1:2].sum() + 2 * f[2:-1:2].sum())

# Exercise 4.1
n, xbar, s, mu0 = 16, 10.12, 0.20, 10.00
t = (xbar - mu0) / (s / math.sqrt(n))
print("4.1a", round(t, 4))
p = 2 * t_sf(t, n - 1)
print("4.1b", round(p, 6), "->", f"{p:.4f}")
print("4.1c", "A" if p < 0.05 else "B")

# Exercise 4.2
x1, n1, x2, n2 = 120, 400, 150, 400
pp = (x1 + x2) / (n1 + n2)
print("4.2a", pp, "= 27/80")
se0 = math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
z = (x1 / n1 - x2 / n2) / se0
print("4.2b", round(z, 4), "->", f"{z:.2f}")
p1, p2 = x1 / n1, x2 / n2
se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
lo, hi = p1 - p2 - 1.96 * se, p1 - p2 + 1.96 * se
print("4.2c", (round(lo, 5), round(hi, 5)), "->", f"({lo:.3f}, {hi:.3f})")

# Exercise 4.3
mu0, sigma, n, mu1 = 50, 8, 25, 54
se = sigma / math.sqrt(n)
zc = 1.6449
crit = mu0 + zc * se
power = 1 - phi((crit - mu1) / se)
power_1645 = 1 - phi((mu0 + 1.645 * se - mu1) / se)
print("4.3a", round(power, 5), round(power_1645, 5), "->", f"{power:.3f}", "(critical xbar", round(crit, 3), ")")
# 4.3b: power with n=100 is larger -> true
se100 = sigma / 10
power100 = 1 - phi((mu0 + zc * se100 - mu1) / se100)
print("4.3b", "true" if power100 > power else "false", f"(power at n=100: {power100:.4f})")

# --- agreement with key.yaml
import os, yaml
from fractions import Fraction
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert abs(key["4.1a"]["answer"] - t) < 1e-9
assert round(p, 4) == key["4.1b"]["answer"] and key["4.1c"]["choice"] == ("A" if p < 0.05 else "B")
assert Fraction(key["4.2a"]["answer"]) == Fraction(x1 + x2, n1 + n2)
assert round(z, 2) == key["4.2b"]["answer"]
assert [round(lo, 3), round(hi, 3)] == key["4.2c"]["answer"]
assert round(power, 3) == round(power_1645, 3) == key["4.3a"]["answer"]
assert key["4.3b"]["text"] == "true"
print("key.yaml agrees")
