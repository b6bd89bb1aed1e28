"""Compute the numeric key for Problem Set 4 (acid-base) and print it as JSON."""
import json, math

Kw, Ka = 1.0e-14, 1.8e-5
pH_41 = -math.log10(0.025)

x = math.sqrt(Ka * 0.10)                 # small-x approximation
pH_42a = -math.log10(x)
pct_42b = 100 * x / 0.10

pKa = 4.74
pH_43a = pKa + math.log10(0.30 / 0.20)
pH_43b = pKa + math.log10((0.30 + 0.010) / (0.20 - 0.010))

mmol_acid = 25.00 * 0.100
V_eq = mmol_acid / 0.125
c_ac = mmol_acid / (25.00 + V_eq)
Kb = Kw / Ka
oh = math.sqrt(Kb * c_ac)
pH_44b = 14 + math.log10(oh)

vals = {"4.1": pH_41, "4.2a": pH_42a, "4.2b": pct_42b, "4.3a": pH_43a,
        "4.3b": pH_43b, "4.4a": V_eq, "4.4b": pH_44b}
print(json.dumps({k: round(v, 6) for k, v in vals.items()}))
