#!/usr/bin/env python3
"""Compute every numeric key value of fluid-statics; prints JSON {part: value}."""
import json

rho_w, rho_hg, g, patm = 1000.0, 13600.0, 9.81, 101.3   # patm in kPa
gauge12 = rho_w * g * 12 / 1000                          # 1a.i kPa
abs12 = gauge12 + patm                                   # 1a.ii kPa
depth3 = (3 * patm - patm) * 1000 / (rho_w * g)          # 1b m
V = 0.40 * 0.30 * 0.20
frac = 650 / rho_w                                       # 2a
extra = (rho_w - 650) * V                                # 2b kg
sink_oil = 650 / 800 * 0.20 * 100                        # 2c cm
gas = rho_hg * g * 0.25 / 1000                           # 3a kPa
h_water = 0.25 * rho_hg / rho_w                          # 3b -> 3.40 m, choice C
assert abs(h_water - 3.40) < 1e-9
print(json.dumps({"1a.i": gauge12, "1a.ii": abs12, "1b": depth3, "2a": frac, "2b": extra, "2c": sink_oil, "3a": gas}, indent=1))
