#!/usr/bin/env python3
"""Compute the key values for statics-beams (beam, truss, T-section)."""
import numpy as np

# Q1 beam: L=6, UDL w=4 over full span, P=12 at x=2
L, w, P, a = 6.0, 4.0, 12.0, 2.0
RB = (P * a + w * L * L / 2) / L
RA = P + w * L - RB
def V(x): return RA - w * x - (P if x > a else 0.0)
def M(x): return RA * x - w * x * x / 2 - (P * (x - a) if x > a else 0.0)
xs = np.linspace(0, L, 60001)
Ms = np.array([M(x) for x in xs])
print("1a (RA, RB) kN =", (RA, RB))
print("1b V(4) kN     =", V(4.0))
print("1c M(4) kN m   =", M(4.0))
print("1d Mmax kN m   =", round(Ms.max(), 6), "at x =", xs[Ms.argmax()])

# Q2 truss: solve joint equilibrium, unknowns [F_AB, F_AC, F_BC, Ax, Ay, By]
A, B, C = np.array([0., 0.]), np.array([6., 0.]), np.array([3., 4.])
def u(p, q): d = q - p; return d / np.linalg.norm(d)
M_ = np.zeros((6, 6)); rhs = np.zeros(6)
# joint A: members AB, AC pull away from A (tension positive); reactions Ax, Ay
M_[0:2, 0] = u(A, B); M_[0:2, 1] = u(A, C); M_[0, 3] = 1; M_[1, 4] = 1
# joint B: AB, BC, reaction By
M_[2:4, 0] = u(B, A); M_[2:4, 2] = u(B, C); M_[3, 5] = 1
# joint C: AC, BC, load -30 in y
M_[4:6, 1] = u(C, A); M_[4:6, 2] = u(C, B); rhs[5] = 30.0
sol = np.linalg.solve(M_, rhs)
print("2a F_AC kN     =", round(sol[1], 6))
print("2b F_AB kN     =", round(sol[0], 6))

# Q3 T-section, y from bottom of web
parts = [(200 * 20, 190.0, 200 * 20 ** 3 / 12), (20 * 180, 90.0, 20 * 180 ** 3 / 12)]
Atot = sum(p[0] for p in parts)
ybar = sum(p[0] * p[1] for p in parts) / Atot
I = sum(p[2] + p[0] * (p[1] - ybar) ** 2 for p in parts)
print("3a ybar mm     =", round(ybar, 1), f"({ybar:.6f})")
print("3b I 1e6 mm^4  =", float(f"{I / 1e6:.3g}"), f"({I / 1e6:.6f})")
