"""Compute every numeric key value for mm1-helpdesk and check key.yaml agrees."""
import math, os, yaml

lam = 12.0            # per hour
mu = 60.0 / 4.0       # 15 per hour
rho = lam / mu
L = rho / (1 - rho)
W_min = 60.0 / (mu - lam)
p_ge4 = rho ** 4

mu_fast = 60.0 / 3.0
W_fast_min = 60.0 / (mu_fast - lam)

c, a = 2, lam / mu
r = a / c
s = sum(a ** n / math.factorial(n) for n in range(c))
tail = a ** c / math.factorial(c) / (1 - r)
erlang_c = tail / (s + tail)
Wq2_min = 60.0 * erlang_c / (c * mu - lam)

vals = {"1a": rho, "1b": L, "1c": W_min, "1d": p_ge4, "2a": W_fast_min, "2b": erlang_c, "2c": Wq2_min}
for p, v in vals.items():
    print(f"{p}: {v:.6f}")
print("2b as fraction: 8/35 =", 8 / 35)
print("3: false (W doubles-rate case: 1/(2mu-2lam) = W/2)")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for p, v in vals.items():
    e = key[p]
    assert abs(v - e["answer"]) <= e.get("tolerance", 1e-9) + 1e-12, (p, v, e)
assert key["3"]["text"] == "false"
print("key agrees")
