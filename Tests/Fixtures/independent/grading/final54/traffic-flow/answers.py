#!/usr/bin/env python3
"""Computes every numeric key value of traffic-flow (Greenshields model)."""
import numpy as np

vf, kj = 100.0, 120.0
q = lambda k: vf * k * (1 - k / kj)
kc = kj / 2
print("1a q_max =", q(kc))
print("1b q(k) = 100*k*(1 - k/120); check q(30) =", q(30.0))
# 1c: solve vf*k - (vf/kj) k^2 = 2250
roots = np.sort(np.roots([-vf / kj, vf, -2250.0]).real)
kA = roots[0]
vA = vf * (1 - kA / kj)
print("1c.i k =", kA, " (congested root", roots[1], ")")
print("1c.ii v =", vA)
qA = q(kA)
w = (0.0 - qA) / (kj - kA)
print("2a shock speed =", w)
L_km = abs(w) * 90 / 3600
print("2b queue length m =", L_km * 1000)
print("2c discharge density =", kc, "-> choice", {30: "A", 60: "B", 90: "C", 120: "D"}[int(kc)])
speeds = np.array([40, 60, 80, 120.0])
print("3 space-mean speed (harmonic) =", len(speeds) / np.sum(1 / speeds), " time-mean =", speeds.mean())
