#!/usr/bin/env python3
"""Key values for survival-analysis (BIOST 512 HW 3). Prints part id and value."""
import math
from fractions import Fraction

# (time, event) ; event 0 = censored
data = [(3, 1), (4, 0), (5, 1), (5, 1), (7, 0), (8, 1), (10, 1), (12, 0), (14, 1), (16, 0)]


def at_risk(t):
    return sum(1 for (ti, _) in data if ti >= t)


def km(t):
    s = Fraction(1)
    for u in sorted({ti for ti, e in data if e == 1}):
        if u > t:
            break
        d = sum(1 for ti, e in data if ti == u and e == 1)
        n = at_risk(u)
        s *= Fraction(n - d, n)
    return s


def greenwood_se(t):
    acc = 0.0
    for u in sorted({ti for ti, e in data if e == 1}):
        if u > t:
            break
        d = sum(1 for ti, e in data if ti == u and e == 1)
        n = at_risk(u)
        acc += d / (n * (n - d))
    return float(km(t)) * math.sqrt(acc)


death_times = sorted({ti for ti, e in data if e == 1})
median = next(u for u in death_times if km(u) <= Fraction(1, 2))

deaths = sum(e for _, e in data)
exposure = sum(ti for ti, _ in data)
lam = Fraction(deaths, exposure)
median_exp = math.log(2) / float(lam)

# Problem 3: S_trt(t) = S_ctl(t) ** HR
s_trt = 0.8 ** 2
options = {"A": 0.40, "B": 0.60, "C": 0.64, "D": 0.89}
choice = min(options, key=lambda k: abs(options[k] - s_trt))

VALUES = {
    "1a": at_risk(8),
    "1b": float(km(6)),
    "1c": float(km(12)),
    "1d": median,
    "1e": greenwood_se(6),
    "2a": float(lam),
    "2b": median_exp,
}
CHOICES = {"3": choice}

if __name__ == "__main__":
    print(f"KM steps: " + ", ".join(f"S({u})={km(u)}" for u in death_times))
    print(f"deaths={deaths}, exposure={exposure}, lambda={lam}")
    for k, v in VALUES.items():
        print(f"{k}: {v:.10g}")
    print(f"3: {choice} (S_trt = {s_trt:.4f})")
