#!/usr/bin/env python3
"""Computes every numeric key value of dl-practice-midterm and checks key.yaml."""
import math, os, yaml
import numpy as np

def conv_out(n, k, s, p):
    return (n + 2 * p - k) // s + 1

h1 = conv_out(64, 5, 2, 2)
shape1 = [16, h1, h1]
params1 = 16 * 3 * 5 * 5 + 16
hp = h1 // 2
h2 = conv_out(hp, 3, 1, 1)
shape2 = [32, h2, h2]
macs2 = 32 * h2 * h2 * 16 * 3 * 3
lstm = 4 * (20 * 10 + 20 * 20 + 20 + 20)

x = np.array([2, 4, 4, 6], dtype=float)
mu, var = x.mean(), x.var()          # biased variance
bn = 3 * (6 - mu) / math.sqrt(var) + 1

# Adam step
g, lr, b1, b2 = 0.5, 0.1, 0.9, 0.999
m = (1 - b1) * g; v = (1 - b2) * g * g
mh, vh = m / (1 - b1), v / (1 - b2)
w_adam = 1.0 - lr * mh / math.sqrt(vh)
# momentum
w, vel = 1.0, 0.0
for gi in (0.5, 0.3):
    vel = 0.9 * vel + gi
    w -= 0.1 * vel

print("1a shape", shape1); print("1b", params1); print("1c.i shape", shape2)
print("1c.ii", macs2); print("2", lstm); print("3", bn); print("4a", w_adam); print("4b", w)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert key["1a"]["shape"] == shape1 and key["1c.i"]["shape"] == shape2
for k, val in {"1b": params1, "1c.ii": macs2, "2": lstm, "3": bn, "4a": w_adam, "4b": w}.items():
    assert abs(key[k]["answer"] - val) <= key[k].get("tolerance", 1e-9), (k, key[k], val)
print("key agrees")
