"""Key values for prob-bayes-exam (STAT 2110 midterm practice)."""
from fractions import Fraction as F
from math import comb

prev, sens, spec = F(2, 100), F(95, 100), F(90, 100)
p_pos = prev * sens + (1 - prev) * (1 - spec)
post1 = prev * sens / p_pos
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * (1 - spec)**2)
print("1a P(+) =", p_pos, float(p_pos))
print("1b P(D|+) =", post1, float(post1))
print("1c P(D|++) =", post2, float(post2))

n, p = 10, 0.3
print("2a P(X=2) =", comb(n, 2) * p**2 * (1 - p)**8)
print("2b MGF = (0.7 + 0.3*exp(t))**10   (check at t=0:", (0.7 + 0.3)**10, ")")

x = [4, 7, 9, 10, 15]
m = sum(x) / len(x)
ss = sum((xi - m)**2 for xi in x)
print("3a s^2 (unbiased) =", ss / (len(x) - 1), "  [biased would be", ss / len(x), "]")
print("3b lambda_hat =", 1 / m)
print("3c E[1/xbar] = n*lambda/(n-1) > lambda  -> biased upward -> B")

# --- agreement with key.yaml ---
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
computed = {"1a": float(p_pos), "1b": float(post1), "1c": float(post2),
            "2a": comb(n, 2) * p**2 * (1 - p)**8, "3a": ss / (len(x) - 1), "3b": 1 / m}
def val(v): return float(F(v)) if isinstance(v, str) else float(v)
for k, c in computed.items():
    assert abs(val(key[k]["answer"]) - c) < 1e-6, (k, key[k], c)
assert key["3c"]["choice"] == "B"
print("key.yaml agrees")
