#!/usr/bin/env python3
"""Compute every numeric value of the gas-thermo key.

Prints one line per key part: `<part>: <json value>`.
"""
import json
import math

R = 8.314          # J/(mol K), as stated in the problem set
n = 2.00           # mol
T1 = 300.0         # K
P1 = 100e3         # Pa
gamma = 5.0 / 3.0  # monatomic
Cv = 1.5 * R

out = {}
V1 = n * R * T1 / P1                      # m^3
out["1a"] = V1 * 1000.0                   # litres
out["1b"] = n * R * T1 * math.log(2.0)    # isothermal work by gas, J
out["1c"] = n * R * math.log(2.0)         # entropy change, J/K
T2 = T1 * 2.0 ** (gamma - 1.0)            # adiabatic: T V^(gamma-1) = const
out["2a"] = T2
out["2b"] = n * Cv * (T2 - T1)            # work done ON the gas = Delta U
out["2c"] = P1 * 2.0 ** gamma / 1000.0    # kPa, P V^gamma = const
out["3a"] = "false"                        # free expansion of an ideal gas: Delta T = 0
gammas = {"A": 4 / 3, "B": 7 / 5, "C": 5 / 3, "D": 9 / 7}
out["3b"] = min(gammas, key=lambda k: abs(gammas[k] - 3.5 / 2.5))  # Cp/Cv = (7/2)/(5/2)

for k, v in out.items():
    print(f"{k}: {json.dumps(round(v, 6) if isinstance(v, float) else v)}")
