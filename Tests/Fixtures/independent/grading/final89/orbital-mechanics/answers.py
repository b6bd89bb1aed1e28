"""Compute the answer key for orbital-mechanics/problems.tex and print it."""
import math

MU = 3.986e14      # m^3 s^-2
R = 6.371e6        # m
values = {}
values["1a"] = math.sqrt(2 * MU / R) / 1e3
r = R + 400e3
values["1b"] = math.sqrt(MU / r) / 1e3
values["1c"] = 2 * math.pi * math.sqrt(r**3 / MU) / 60
values["2a"] = 4 ** 1.5                 # T^2 = a^3 (years, AU)
rp, ra = 1.0, 3.0
a = (rp + ra) / 2
values["2b"] = (ra - rp) / (ra + rp)
values["2c"] = a ** 1.5
values["2d"] = ra / rp                  # r_p v_p = r_a v_a
values["3"] = {2: "A", 4: "B", 8: "C", 16: "D"}[round(4 ** 1.5)]

if __name__ == "__main__":
    for k, v in values.items():
        print(k, v)
