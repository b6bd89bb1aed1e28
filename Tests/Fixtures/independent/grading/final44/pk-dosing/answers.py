"""Compute every numeric key value for pk-dosing and check key.yaml agrees."""
import math, os, yaml

dose, V, t_half, tau = 500.0, 40.0, 6.0, 6.0
k = math.log(2) / t_half
C0 = dose / V
C15 = C0 * math.exp(-k * 15)
CL = k * V
R = 1 / (1 - math.exp(-k * tau))
Cmax_ss = C0 * R
n90 = math.log(10) / math.log(2)   # 1 - 0.5**n = 0.9

vals = {"3.1a": C0, "3.1b": k, "3.1c": C15, "3.1d": CL, "3.2a": R, "3.2b": Cmax_ss, "3.2c": n90}
for p, v in vals.items():
    print(f"{p}: {v:.6f}")
print("3.3: C (half-life = ln2*V/CL, independent of dose)")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for p, v in vals.items():
    e = key[p]
    tol = e.get("tolerance", 1e-9)
    assert abs(v - e["answer"]) <= tol + 1e-12, (p, v, e)
assert key["3.3"]["choice"] == "C"
print("key agrees")
