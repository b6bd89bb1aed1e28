#!/usr/bin/env python3
"""Compute every numeric key value of the logistic-ecology set and check key.yaml."""
import math, os
import numpy as np
import yaml

r, K, N0 = 0.4, 5000.0, 200.0
N5 = K / (1 + (K - N0) / N0 * math.exp(-r * 5))
t_half = math.log((K - N0) / N0) / r
# 1c symbolic: d/dN [rN(1-N/K)] = r(1 - 2N/K); check numerically at N = 1234
f = lambda N: r * N * (1 - N / K)
h = 1e-4
num_deriv = (f(1234 + h) - f(1234 - h)) / (2 * h)
assert abs(num_deriv - r * (1 - 2 * 1234 / K)) < 1e-6

r2, K2, H = 0.5, 10000.0, 800.0
msy = r2 * K2 / 4
# r2 N - r2/K2 N^2 - H = 0
eq = sorted(np.roots([-r2 / K2, r2, -H]).real)
# stability: g'(N) = r2 (1 - 2N/K2) < 0 -> stable
stable = [n for n in eq if r2 * (1 - 2 * n / K2) < 0]
choice = {(eq[0],): "A", (eq[1],): "B"}.get(tuple(stable), "?")

L = np.array([[0, 1.5, 1.2], [0.6, 0, 0], [0, 0.4, 0]])
n1 = L @ np.array([100, 50, 20])

vals = {
    "1a": round(N5), "1b": t_half, "2a": msy, "2b": [round(x, 6) for x in eq],
    "2c": choice, "3a": L.tolist(), "3b": [round(x, 6) for x in n1],
}
for k, v in vals.items():
    print(k, v)
print("N5 unrounded", N5)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert key["1a"]["answer"] == round(N5)
assert abs(key["1b"]["answer"] - t_half) < 1e-4 and round(t_half, 2) == 7.95
assert key["2a"]["answer"] == msy
assert np.allclose(key["2b"]["answer"], eq)
assert key["2c"]["choice"] == choice
assert np.allclose(key["3a"]["answer"], L)
assert np.allclose(key["3b"]["answer"], n1)
print("key agrees")
