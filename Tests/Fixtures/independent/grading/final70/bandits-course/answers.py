#!/usr/bin/env python3
"""Compute every numeric key value for bandits-course and print them."""
import math
from fractions import Fraction as F

mu = [F(5, 10), F(7, 10), F(4, 10)]
best = max(mu)
gaps = [best - m for m in mu]

# 1(a)
n = [30, 60, 10]
regret_1a = sum(ni * g for ni, g in zip(n, gaps))
# 1(b), 1(c)
eps = F(1, 10)
K = 3
p_best = 1 - eps + eps / K
per_round = eps / K * sum(gaps)
# 2(a), 2(b)
t = 20
stats = [(8, 0.625), (10, 0.700), (2, 0.500)]
idx = [m + math.sqrt(2 * math.log(t) / ni) for ni, m in stats]
choice = "ABC"[max(range(3), key=lambda i: idx[i])]
# 3(a)
T = 10_000
bound = sum(8 * math.log(T) / float(g) for g in gaps if g > 0) + (1 + math.pi ** 2 / 3) * float(sum(gaps))
# 3(b): percentage of rounds on arm 3
pct_arm3 = float(eps / K) * 100

KEY = {
    "1a": regret_1a,
    "1b": p_best,
    "1c": per_round,
    "2a": idx[0],
    "2b": choice,
    "3a": bound,
    "3b": pct_arm3,
    "3c": "false",
}

if __name__ == "__main__":
    for k, v in KEY.items():
        print(f"{k}: {v}" + (f"  (= {float(v):.6f})" if isinstance(v, F) else ""))
    print("# all UCB indices:", [round(x, 4) for x in idx])
    print("# bound without additive constant:", sum(8 * math.log(T) / float(g) for g in gaps if g > 0))
