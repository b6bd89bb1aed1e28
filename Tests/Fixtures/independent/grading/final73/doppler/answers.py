#!/usr/bin/env python3
"""Compute every numeric key value for the Doppler problem set and print it."""
v = 343.0

k = {}
k["1a"] = 700 * v / (v - 25)            # source approaching, observer at rest
k["1b"] = 700 * v / (v + 25)            # source receding
k["2a"] = 440 * (v + 8) / v             # observer approaching, source at rest
k["2b"] = 500 * (v + 10) / (v - 30)     # both approaching
k["3a"] = 40000 * (v + 5.0) / (v - 5.0) # moving source+observer via wall (double Doppler)
k["4"] = 1.30e3 * 1540 / (2 * 5.00e6 * 0.5)  # cos 60 = 0.5

# (Non-numeric parts: 3b expression f*(v+u)/(v-u); 5 choice B:
#  case I gives f0(1+u/v), case II gives f0/(1-u/v) which is larger.)
u = 20.0
assert (1 + u / v) < 1 / (1 - u / v)

for part, val in k.items():
    print(f"{part}: {val:.6f}")
