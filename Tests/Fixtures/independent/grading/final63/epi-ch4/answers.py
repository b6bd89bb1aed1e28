from fractions import Fraction as F
a, b, c, d = 30, 170, 20, 380
Ie, Iu = F(a, a + b), F(c, c + d)
rr = Ie / Iu
print("4.1a RR =", rr)
orr = F(a * d, b * c)
print("4.1b OR =", orr, float(orr), round(float(orr), 2))
Ip = F(a + c, a + b + c + d)
paf = (Ip - Iu) / Ip
print("4.1c PAF =", paf, float(paf), " (AF among exposed would be", float((rr - 1) / rr), ")")
R0 = 4
hit = 1 - F(1, R0)
print("4.2a HIT =", hit, float(hit))
vc = hit / F(9, 10)
print("4.2b Vc =", vc, round(float(vc), 3))
vc8 = (1 - F(1, 8)) / F(9, 10)
opts = {"A": 0.78, "B": 0.875, "C": 0.972}
print("4.2c Vc(R0=8) =", float(vc8), "-> closest", min(opts, key=lambda k: abs(opts[k] - float(vc8))))
expected = 5000 * F(2, 1000) + 1000 * F(20, 1000)
print("4.3 SMR =", F(45) / expected, "expected deaths", expected)
rate = F(6, 10) * F(2, 1000) + F(4, 10) * F(80, 4000)
print("4.4 ASR per 1000 =", float(rate * 1000), " (crude would be", float(F(82, 5000) * 1000), ")")

# cross-check against key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert key["4.1a"]["answer"] == rr and abs(key["4.1b"]["answer"] - float(orr)) <= key["4.1b"]["tolerance"]
assert key["4.1c"]["answer"] == float(paf) and key["4.2a"]["answer"] == float(hit)
assert abs(key["4.2b"]["answer"] - float(vc)) <= key["4.2b"]["tolerance"] and key["4.2c"]["choice"] == "C"
assert key["4.3"]["answer"] == float(F(45) / expected) and abs(key["4.4"]["answer"] - float(rate * 1000)) < 1e-9
print("key.yaml agrees")
