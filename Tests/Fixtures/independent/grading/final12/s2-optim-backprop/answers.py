#!/usr/bin/env python3
"""Computes every numeric key value for s2-optim-backprop."""
import numpy as np

def grad(w):
    return np.array([2 * (w[0] - 3), 4 * (w[1] + 1)])

w0 = np.zeros(2)
g0 = grad(w0)
w1 = w0 - 0.1 * g0

# heavy-ball momentum
w, v = w0.copy(), np.zeros(2)
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - 0.1 * v
w2_mom = w

# Adam, one step
g = grad(w0); m = 0.1 * g; s = 0.001 * g**2
mhat, shat = m / (1 - 0.9), s / (1 - 0.999)
w1_adam = w0 - 0.01 * mhat / (np.sqrt(shat) + 1e-8)

sig = lambda z: 1 / (1 + np.exp(-z))
x, wt, b, y = 2.0, 0.5, -1.0, 1.0
z = wt * x + b; a = sig(z); L = 0.5 * (a - y) ** 2
dz = (a - y) * a * (1 - a)

print("1a", g0.tolist())
print("1b", np.round(w1, 6).tolist())
print("1c", np.round(w2_mom, 6).tolist())
print("1d", np.round(w1_adam, 6).tolist())
print("2a", L)
print("2b", dz * x)
print("2c", dz)
print("2d (a-y)*a*(1-a)   check at a=0.5,y=1:", dz)
