#!/usr/bin/env python3
"""Compute every key value for the rigid-transforms set (ME 4320 Homework 3)."""
import numpy as np

def Rx(d):
    t = np.radians(d); c, s = np.cos(t), np.sin(t)
    return np.array([[1, 0, 0], [0, c, -s], [0, s, c]])

def Rz(d):
    t = np.radians(d); c, s = np.cos(t), np.sin(t)
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])

def clean(a):
    return np.round(a, 12) + 0.0

# Problem 1: R = Rz(90) Rx(90)
R = clean(Rz(90) @ Rx(90))
print("1a", R.astype(int).tolist())
p = np.array([1, 2, 3])
print("1b", clean(R @ p).astype(int).tolist())
theta = np.degrees(np.arccos((np.trace(R) - 1) / 2))
print("1c", round(theta, 9), "deg =", round(np.radians(theta), 6), "rad")

# Problem 2: planar 2R arm, L1 = 0.5 m, L2 = 0.3 m, th1 = 30 deg, th2 = 60 deg
L1, L2 = 0.5, 0.3
t1, t2 = np.radians(30), np.radians(60)
x = L1 * np.cos(t1) + L2 * np.cos(t1 + t2)
y = L1 * np.sin(t1) + L2 * np.sin(t1 + t2)
print("2a", [round(float(x), 3), round(float(y), 3)], "(exact", float(x), float(y), ")")
print("2b", round(float(np.hypot(x, y)), 6))
J = np.array([[-L1 * np.sin(t1) - L2 * np.sin(t1 + t2), -L2 * np.sin(t1 + t2)],
              [ L1 * np.cos(t1) + L2 * np.cos(t1 + t2),  L2 * np.cos(t1 + t2)]])
print("2c", round(float(np.linalg.det(J)), 6), "= L1 L2 sin th2 =", round(L1 * L2 * np.sin(t2), 6))
print("2d", "A  (det J = 0 iff sin th2 = 0, i.e. th2 = 0 or pi)")

# Problem 3: T_AB = [Rz(90), t = (2, 0, 1)], p_A = (3, 3, 1); p_B = R^T (p_A - t)
RA = clean(Rz(90)); t = np.array([2, 0, 1]); pA = np.array([3, 3, 1])
pB = clean(RA.T @ (pA - t))
print("3", pB.astype(int).tolist())
assert np.allclose(RA @ pB + t, pA)
