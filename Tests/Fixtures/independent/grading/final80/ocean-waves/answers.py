#!/usr/bin/env python3
"""Computes every numeric key value for ocean-waves (python3 standard library)."""
import math

g = 9.81
T1 = 12.0
L1 = g * T1**2 / (2 * math.pi)
c1 = g * T1 / (2 * math.pi)
cg1 = c1 / 2
h2 = 4000.0
c2 = math.sqrt(g * h2)
t2 = 1500e3 / c2 / 3600
T3, h3 = 8.0, 10.0
L0 = g * T3**2 / (2 * math.pi)
L3 = L0
for _ in range(500):  # fixed point L = L0 tanh(2 pi h / L)
    L3 = L0 * math.tanh(2 * math.pi * h3 / L3)
ratio = h3 / L3
cls = "A" if ratio > 0.5 else ("C" if ratio < 0.05 else "B")

print(f"1a  L  = {L1:.6f}  -> {L1:.1f}")
print(f"1b  c  = {c1:.6f}  -> {c1:.2f}")
print(f"1c  cg = {cg1:.6f}  -> {cg1:.2f}")
print(f"2a  c  = {c2:.6f}  -> {c2:.1f}")
print(f"2b  t  = {t2:.6f} h -> {t2:.2f}")
print(f"3a  h/L = {ratio:.4f} -> {cls}   (deep-water L0 = {L0:.2f}, shallow L = {T3*math.sqrt(g*h3):.2f})")
print(f"3b  L  = {L3:.6f}  -> {L3:.1f}")
print("4   c = sqrt(g/k)")
