#!/usr/bin/env python3
"""Compute every numeric key value of the population-genetics set and check key.yaml."""
from fractions import Fraction as F
import math, os, sys

v = {}
n_AA, n_Aa, n_aa = 380, 440, 180
N = n_AA + n_Aa + n_aa
p = (2 * n_AA + n_Aa) / (2 * N); q = 1 - p
v["1a"] = p
exp = [p * p * N, 2 * p * q * N, q * q * N]
v["1b"] = exp[1]
v["1c"] = sum((o - e) ** 2 / e for o, e in zip([n_AA, n_Aa, n_aa], exp))
v["1d"] = 3 - 1 - 1
qd = math.sqrt(1 / 2500)
v["2a"] = qd
v["2b"] = 2 * (1 - qd) * qd
v["2c"] = (2 * (1 - qd) * qd) / (2 * (1 - qd) * qd + 2 * qd * qd)
q0 = 0.2
v["3a"] = q0 / (1 + q0)
v["3b"] = 1 / 0.05 - 1 / q0
s, q = 0.2, 0.5
v["3c"] = -s * q * q * (1 - q) / (1 - s * q * q)
v["3d"] = 1 - s * q * q
Nm, Nf = 40, 10
Ne = 4 * Nm * Nf / (Nm + Nf)
v["4a"] = Ne
v["4b"] = 0.5 * (1 - 1 / (2 * Ne)) ** 10
v["4c"] = 3 / (1 / 100 + 1 / 20 + 1 / 100)
v["4d"] = 1 / (2 * 50)
v["5a"] = 0.5 + (0.1 - 0.5) * (1 - 0.1) ** 5
v["5b"] = math.sqrt(1e-5 / 0.1)
v["5c"] = 1e-5 / (0.5 * 0.1)
AB, Ab, aB, ab = 0.4, 0.1, 0.2, 0.3
pA, pB = AB + Ab, AB + aB
D = AB * ab - Ab * aB
v["6a"] = D
Dmax = min(pA * (1 - pB), (1 - pA) * pB) if D > 0 else min(pA * pB, (1 - pA) * (1 - pB))
v["6b"] = D / Dmax
v["6c"] = D * D / (pA * (1 - pA) * pB * (1 - pB))
v["6d"] = D * (1 - 0.1) ** 3
v["6e"] = [pA, pB]

for k, x in v.items():
    print(f"{k}: {x}")

def num(x):
    if isinstance(x, str):
        return float(F(x))
    return float(x)

try:
    import yaml
except ImportError:
    sys.exit(0)
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
bad = 0
for k, x in v.items():
    ent = key[str(k)]["answer"]
    tol = key[str(k)].get("tolerance", 1e-6)
    xs = x if isinstance(x, list) else [x]
    es = ent if isinstance(ent, list) else [ent]
    if len(xs) != len(es) or any(abs(num(a) - num(b)) > tol for a, b in zip(xs, es)):
        print("MISMATCH", k, x, ent); bad += 1
print("key agrees" if not bad else f"{bad} mismatches")
sys.exit(1 if bad else 0)
