"""Answer key for ECE 210 Homework 3 (nodal analysis, Thevenin, RC transients)."""
import math
import numpy as np

Vs, R1, R2, R3, R4, Is = 12.0, 2.0, 4.0, 2.0, 2.0, 1.0
G = np.array([[1 / R1 + 1 / R2 + 1 / R3, -1 / R3],
              [-1 / R3, 1 / R3 + 1 / R4]])
I = np.array([Vs / R1, Is])
print("1a.i G =", G.tolist(), " I =", I.tolist())
V = np.linalg.solve(G, I)
print("1a.ii", V.tolist())
i_src = (Vs - V[0]) / R1
print("1b", i_src * Vs, "W  (source current", i_src, "A)")
par = lambda a, b: a * b / (a + b)
Rth = par(par(R1, R2) + R3, R4)
print("1c", Rth, "ohm")

R, C, V0 = 10e3, 47e-6, 9.0
tau = R * C
print("2a", round(tau, 6), "s")
v1 = V0 * (1 - math.exp(-1.0 / tau))
print("2b", round(v1, 4), "->", f"{v1:.3g} V")
print("2c", "9*(1 - exp(-t/0.47))", " check at t=1:", 9 * (1 - math.exp(-1 / 0.47)))

# 3: series RLC, R=30, XL=60, XC=20 -> X = +40 (inductive), |Z| = 50, phase +53.13 deg
Z = complex(30, 60 - 20)
print("3", "B" if Z.imag > 0 else "?", f"(|Z| = {abs(Z):.1f} ohm, angle {math.degrees(math.atan2(Z.imag, Z.real)):.2f} deg, current lags)")

# --- agreement with key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert np.allclose(key["1a.i"]["answer"], G) and np.allclose(key["1a.ii"]["answer"], V)
assert abs(key["1b"]["answer"] - i_src * Vs) < 1e-9 and abs(key["1c"]["answer"] - Rth) < 1e-9
assert abs(key["2a"]["answer"] - tau) < 1e-12 and round(v1, 2) == key["2b"]["answer"]
f = lambda t: eval(key["2c"]["expression"], {"exp": math.exp, "t": t})
assert all(abs(f(t) - V0 * (1 - math.exp(-t / tau))) < 1e-12 for t in (0, 0.5, 1, 3))
assert key["3"]["choice"] == "B"
print("key.yaml agrees")
