"""Compute every numeric key value for hardy-weinberg and check key.yaml agrees."""
from fractions import Fraction as Fr
import os, yaml

AA, Aa, aa = 300, 360, 140
N = AA + Aa + aa
p = Fr(2 * AA + Aa, 2 * N)
q1 = 1 - p
exp_het = 2 * p * q1 * N
F = 1 - Fr(Aa, N) / (2 * p * q1)

affected = Fr(1, 2500)
q = Fr(1, 50)
assert q * q == affected
carriers = 2 * (1 - q) * q
carrier_given_unaffected = carriers / (1 - q * q)
p_child = carrier_given_unaffected ** 2 / 4

# selection against recessive homozygote
qt, t = q, 0
while qt > Fr(1, 100):
    qt = qt / (1 + qt)
    t += 1
assert qt == Fr(1, 100)

vals = {"1a": p, "1b.i": exp_het, "1b.ii": F, "2a": q, "2b": carriers, "2c.i": p_child, "3": t}
for k, v in vals.items():
    print(f"{k}: {v} = {float(v):.8g}")
print("1c: B (heterozygote deficit -> inbreeding)")
print("2c.ii: 2*q*(1-q)")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k, v in vals.items():
    a = key[k]["answer"]
    a = Fr(a) if isinstance(a, str) else Fr(str(a))
    assert a == v, (k, a, v)
assert key["1c"]["choice"] == "B"
qq = Fr(3, 10)
assert 2 * qq * (1 - qq) == eval(key["2c.ii"]["expression"], {"q": qq})
print("key agrees")
