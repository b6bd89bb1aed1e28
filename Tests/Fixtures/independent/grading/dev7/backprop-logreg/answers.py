#!/usr/bin/env python3
"""Compute every numeric key value of backprop-logreg."""
import numpy as np

w = np.array([1.0, -2.0]); b = 0.5; x = np.array([2.0, 1.0]); y = 1.0
z = w @ x + b
p = 1 / (1 + np.exp(-z))
L = -y * np.log(p) - (1 - y) * np.log(1 - p)
dz = p - y
b_new = b - 0.1 * dz
print("z", z)
print("1a p", p, round(p, 4))
print("1b L", L, round(L, 4))
print("1c dL/dz = p - y =", dz)
print("1d b_new", b_new, round(b_new, 4))

def f_and_grad(x, y, z):
    q = x + y; r = max(y, z)
    f = q * r
    dx = r
    dy = r + (q if y > z else 0.0)
    dz = q if z > y else 0.0
    return f, (dx, dy, dz)

f, g = f_and_grad(5, -1, 3)
print("2a f", f)
print("2b grad", g)
# numeric check
eps = 1e-6
num = [(f_and_grad(5 + eps, -1, 3)[0] - f) / eps,
       (f_and_grad(5, -1 + eps, 3)[0] - f) / eps,
       (f_and_grad(5, -1, 3 + eps)[0] - f) / eps]
print("   numeric", np.round(num, 4))
f2, g2 = f_and_grad(5, -1, -3)
print("2c grad at z=-3", g2, "-> dfdz == 0:", g2[2] == 0)

# Q3: check dL/dW = G^T X with a random linear loss L = sum(G * Y)
rng = np.random.default_rng(1)
N, din, dout = 4, 3, 2
X = rng.normal(size=(N, din)); W = rng.normal(size=(dout, din)); G = rng.normal(size=(N, dout))
num = np.zeros_like(W)
for i in range(dout):
    for j in range(din):
        Wp = W.copy(); Wp[i, j] += 1e-6
        num[i, j] = ((G * (X @ Wp.T)).sum() - (G * (X @ W.T)).sum()) / 1e-6
print("3 G^T X matches:", np.allclose(num, G.T @ X, atol=1e-4), "-> A")

# distractors used in transcripts
print("  log10 loss", -np.log10(p))
print("  sign-flipped b", b + 0.1 * dz)
zb = 1.5; pb = 1 / (1 + np.exp(-zb))
print("  z=1.5 cascade p, L, b", round(pb, 4), round(-np.log(pb), 4), round(b - 0.1 * (pb - 1), 4))
