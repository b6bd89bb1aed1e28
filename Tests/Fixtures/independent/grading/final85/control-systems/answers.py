#!/usr/bin/env python3
"""Computes every numeric key value of control-systems/key.yaml."""
import numpy as np
# Problem 1: T(s) = 25 / (s^2 + 6 s + 25)
wn = np.sqrt(25.0)
zeta = 6.0 / (2 * wn)
po = 100 * np.exp(-zeta * np.pi / np.sqrt(1 - zeta**2))
ts = 4 / (zeta * wn)
print("1a wn [rad/s] =", wn)
print("1b zeta =", zeta)
print("1c percent overshoot =", po, "->", round(po, 2))
print("1d Ts [s] =", ts, "->", round(ts, 3))
# Problem 2
Kp = 40 * 2 / (1 * 4 * 5)
print("2a ess(step) =", 1 / (1 + Kp))
# type 0 -> Kv = 0 -> ramp error infinite
print("2b ramp error finite? -> false (system type", 0, ")")
den = np.polymul(np.polymul([1, 1], [1, 4]), [1, 5])
char = np.polyadd(den, [0, 0, 40, 80])
r = np.roots(char)
print("2c char poly =", char, "roots =", r, "RHP count =", int(np.sum(r.real > 0)), "-> A")
# Problem 3
A = np.array([[0, 1], [-6, -5]], float); B = np.array([[0], [1]], float)
# desired (s+4)(s+5) = s^2 + 9 s + 20 ; char of A-BK: s^2 + (5+k2) s + (6+k1)
K = np.array([[20 - 6, 9 - 5]], float)
print("3 K =", K.ravel(), "closed-loop eig =", np.sort(np.linalg.eigvals(A - B @ K).real))
