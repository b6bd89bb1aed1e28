from fractions import Fraction as F
import math
aA, bA = 1 + 20, 1 + 80
aB, bB = 1 + 30, 1 + 70
def mean(a, b): return F(a, a + b)
def var(a, b): return F(a * b, (a + b) ** 2 * (a + b + 1))
print("4.1a", (aA, bA))
print("4.1b", mean(aB, bB), round(float(mean(aB, bB)), 4))
print("4.1c", float(var(aA, bA)), float(f"{float(var(aA, bA)):.3g}"))
d = float(mean(aB, bB) - mean(aA, bA))
sd = math.sqrt(float(var(aA, bA) + var(aB, bB)))
p = 0.5 * (1 + math.erf(d / sd / math.sqrt(2)))
print("4.2", p, round(p, 3))
print("4.3a.i", mean(2, 8))
print("4.3a.ii", mean(3, 8))
# 4.3b: posterior mean = w*prior_mean + (1-w)*xbar with w = (a+b)/(a+b+n) in [0,1]
import random
ok = True
for _ in range(2000):
    a, b = random.uniform(0.1, 10), random.uniform(0.1, 10)
    n = random.randint(1, 50); k = random.randint(0, n)
    pm, xb, post = a / (a + b), k / n, (a + k) / (a + b + n)
    ok &= min(pm, xb) - 1e-12 <= post <= max(pm, xb) + 1e-12
print("4.3b", "true" if ok else "false")
