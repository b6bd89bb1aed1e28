#!/usr/bin/env python3
"""Compute the numeric key values for materials-elastic and print them."""
import math

F, d, L, E = 25e3, 10e-3, 2.0, 200e9
A = math.pi * d ** 2 / 4
sigma = F / A
eps = sigma / E
dL = eps * L
eps2 = 0.12 / 50
E2 = 210e6 / eps2
nu = -(-0.00066) / 0.0020

values = {
    "4.1a": sigma / 1e6,     # MPa
    "4.1b": eps,
    "4.1c": dL * 1e3,        # mm
    "4.2a.i": eps2,
    "4.2a.ii": E2 / 1e9,     # GPa
    "4.3a": nu,
}
if __name__ == "__main__":
    for k, v in values.items():
        print(f"{k}: {v!r}")
