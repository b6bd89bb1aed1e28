#!/usr/bin/env python3
"""Compute every key value of ATOC 1060 problem sheet 4 and print `id: value`."""
import math
import numpy as np

S0, sigma, alpha = 1361.0, 5.67e-8, 0.30

absorbed = S0 * (1 - alpha) / 4
Te = (absorbed / sigma) ** 0.25
Ts1 = 2 ** 0.25 * Te                      # one fully absorbing layer

dF = 5.35 * math.log(420 / 280)
dT = 0.8 * dF
ecs = 0.8 * 5.35 * math.log(2)

Te_brighter = (S0 * (1 - 0.32) / 4 / sigma) ** 0.25
statement = Te_brighter > Te              # "raising albedo raises T_e"

# two layers: top layer radiates at Te; layer n from the top at (n+1)^(1/4) Te
two_layer = np.array([3 ** 0.25 * Te, 2 ** 0.25 * Te, Te])

values = {"4.1a": absorbed, "4.1b": Te, "4.1c": Ts1, "4.2a.i": dF, "4.2a.ii": dT,
          "4.2b": ecs, "4.3a": "true" if statement else "false",
          "4.3b": [float(x) for x in two_layer]}
if __name__ == "__main__":
    for k, v in values.items():
        if isinstance(v, str):
            print(f"{k}: {v!r}")
        elif isinstance(v, list):
            print(f"{k}: [" + ", ".join(f"{x:.10g}" for x in v) + "]")
        else:
            print(f"{k}: {v:.10g}")
