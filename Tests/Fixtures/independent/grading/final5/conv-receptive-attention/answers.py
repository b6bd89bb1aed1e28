#!/usr/bin/env python3
"""Computes every key value for the conv shapes / receptive field / attention set."""
import numpy as np

def out(h, k, s=1, p=0, d=1):
    return (h + 2*p - d*(k-1) - 1)//s + 1

h1 = out(96, 5, 2, 2)
print("1a shape = 24 x %d x %d" % (h1, h1))
print("1b params =", 24*3*5*5 + 24)
h2 = out(h1, 2, 2)           # MaxPool2d(2)
h3 = out(h2, 3, 1, 1, 2)     # dilated conv
print("1c shape = 48 x %d x %d" % (h3, h3))

# receptive field: (k, s) list
layers = [(3,1),(3,2),(3,1),(2,2),(3,1)]
r, j = 1, 1
for k, s in layers:
    r += (k-1)*j
    j *= s
print("2a.i RF =", r)
print("2a.ii jump =", j)

Q = np.array([[1,0],[0,1],[1,1]], float)
K = np.array([[1,0],[1,1],[0,2]], float)
V = np.array([[1,2],[3,0],[0,1]], float)
S = Q @ K.T
print("3a QK^T =", S.astype(int).tolist())
sc = S[1] / np.sqrt(2)
w = np.exp(sc - sc.max()); w /= w.sum()
print("3b weights q2 =", np.round(w, 3), w)
o = w @ V
print("3c output q2 =", np.round(o, 3), o)

# --- agreement with key.yaml
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
assert key["1a"]["shape"] == [24, h1, h1] and key["1a"]["layout"] == "CHW"
assert key["1b"]["answer"] == 24*3*5*5 + 24
assert key["1c"]["shape"] == [48, h3, h3]
assert key["2a.i"]["answer"] == r and key["2a.ii"]["answer"] == j
assert key["3a"]["answer"] == S.astype(int).tolist()
for pid, val in {"3b": w, "3c": o}.items():
    assert np.all(abs(val - np.array(key[pid]["answer"])) <= key[pid]["tolerance"]), pid
print("key agrees")
