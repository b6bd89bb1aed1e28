"""Compute the answer key for electrochemistry/problems.md and print it."""
import math

F, R, T = 96485.0, 8.314, 298.15
E0 = 0.34 - (-0.76)
n = 2
values = {}
values["1a"] = E0
values["1b"] = -n * F * E0 / 1000                      # kJ/mol
values["1c"] = E0 - R * T / (n * F) * math.log(1.0 / 0.010)   # Q = [Zn2+]/[Cu2+]
values["1d"] = math.exp(n * F * E0 / (R * T))
values["2a"] = R * T / F * math.log(0.10 / 0.0010)
values["2b"] = "A"        # oxidation happens in the dilute half-cell
H = 10 ** -2.00
values["3a"] = 1.51 - R * T / (5 * F) * math.log(1.0 / (1.0 * H ** 8))
values["3b"] = "false"    # E is intensive

if __name__ == "__main__":
    for k, v in values.items():
        print(k, v)
