#!/usr/bin/env python3
"""Compute every numeric key value of DL-201 Sheet 4 and check key.yaml agrees."""
import math, os
import numpy as np
import yaml

here = os.path.dirname(os.path.abspath(__file__))
key = yaml.safe_load(open(os.path.join(here, "key.yaml")))["parts"]

def lstm_layer(inp, hid, nbias=2):
    return 4 * (hid * inp + hid * hid + nbias * hid)

p1 = lstm_layer(32, 64)
p2 = lstm_layer(32, 64) + lstm_layer(64, 64)
out_shape = [10, 8, 64]

x, y, z = 2.0, -3.0, 4.0
a = x * y; b = a + z
dLdx = 2 * b * y
dLdz = 2 * b
t = math.tanh(math.log(2))
dtdu = 1 - t**2

w0, g, lr, b1, b2, eps = 1.0, 0.5, 0.01, 0.9, 0.999, 1e-8
m = (1 - b1) * g; v = (1 - b2) * g * g
mh = m / (1 - b1); vh = v / (1 - b2)
w1 = w0 - lr * mh / (math.sqrt(vh) + eps)

computed = {"4.1a": p1, "4.1b": p2, "4.2a": dLdx, "4.2b": dLdz, "4.2c.ii": dtdu, "4.3": w1}
for pid, val in computed.items():
    ok = abs(val - key[pid]["answer"]) < 1e-6
    print(f"{pid}: computed {val!r}  key {key[pid]['answer']}  {'OK' if ok else 'MISMATCH'}")
    assert ok, pid
assert key["4.1c"]["shape"] == out_shape
print("4.1c:", out_shape)
# sympy-free check of 4.2c(i): d/du tanh(u) = 1 - tanh(u)^2 at a few points
for uu in (-1.3, 0.2, 0.7):
    h = 1e-6
    num = (math.tanh(uu + h) - math.tanh(uu - h)) / (2 * h)
    assert abs(num - (1 - math.tanh(uu) ** 2)) < 1e-8
print("4.2c.i: 1 - t^2 verified numerically")
# wrong values used in transcripts
print("single-bias (Keras) 1 layer / 2 layers:", lstm_layer(32, 64, 1), lstm_layer(32, 64, 1) + lstm_layer(64, 64, 1))
m_nb = m; v_nb = v
print("Adam without bias correction:", w0 - lr * m_nb / (math.sqrt(v_nb) + eps))
print("t(1-t) at ln2:", t * (1 - t), " t:", t)
