"""Answer key for CHEM 1120 Problem Set 5 (stoichiometry and thermochemistry)."""
import numpy as np

C, H, O = 12.01, 1.008, 16.00
M_prop = 3 * C + 8 * H            # C3H8
M_O2 = 2 * O
M_CO2 = C + 2 * O

# 1a: a C3H8 + b O2 -> c CO2 + d H2O ; carbon, hydrogen, oxygen balance
coeffs = (1, 5, 3, 4)
a, b, c, d = coeffs
assert 3 * a == c and 8 * a == 2 * d and 2 * b == 2 * c + d
print("1a", list(coeffs))

n_prop = 22.0 / M_prop
n_O2 = 64.0 / M_O2
need_O2 = 5 * n_prop
limiting = "B" if n_O2 < need_O2 else "A"
print("1b", limiting, f"(propane {n_prop:.5f} mol needs {need_O2:.4f} mol O2; have {n_O2:.4f})")

n_CO2 = 3 / 5 * n_O2
m_CO2 = n_CO2 * M_CO2
print("1c", round(m_CO2, 4), "->", f"{m_CO2:.3g} g")

prop_used = n_O2 / 5 * M_prop
left = 22.0 - prop_used
print("1d", round(left, 4), "->", f"{left:.3g} g")

dHf = {"C3H8": -103.8, "CO2": -393.5, "H2O(l)": -285.8, "O2": 0.0}
dH = 3 * dHf["CO2"] + 4 * dHf["H2O(l)"] - dHf["C3H8"] - 5 * dHf["O2"]
print("2a", round(dH, 2), "kJ/mol")

q = n_prop * -dH
print("2b", round(q, 2), "->", f"{q:.4g} kJ")

q_w = 100.0 * 4.184 * (24.1 - 22.0)
c_metal = q_w / (25.0 * (95.0 - 24.1))
print("2c", round(c_metal, 5), "->", f"{c_metal:.3g} J/(g C)")

# 2d: H2O(g) product: dHf(H2O,g) = -241.8 > -285.8, so dH is less negative -> statement false
dH_gas = 3 * dHf["CO2"] + 4 * (-241.8) - dHf["C3H8"]
print("2d", "false" if dH_gas > dH else "true", f"(dH with H2O(g) = {dH_gas:.1f})")

T = 178.3e3 / 160.6
print("2e", round(T, 2), "->", f"{T:.4g} K")

# --- agreement with key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert key["1a"]["answer"] == list(coeffs) and key["1b"]["choice"] == limiting
for k, v in {"1c": m_CO2, "1d": left, "2a": dH, "2b": q, "2c": c_metal, "2e": T}.items():
    assert abs(key[k]["answer"] - v) <= key[k]["tolerance"], (k, v)
assert round(m_CO2, 1) == 52.8 and round(left, 2) == 4.36 and round(c_metal, 3) == 0.496 and round(q) == 1108
assert key["2d"]["text"] == "false"
print("key.yaml agrees")
