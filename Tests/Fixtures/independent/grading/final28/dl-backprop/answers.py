#!/usr/bin/env python3
"""Computes every numeric key value of dl-backprop/key.yaml and checks it against the key."""
import numpy as np, yaml, os, sys

x = np.array([1.0, -2.0]); W1 = np.array([[2.0, 1.0], [-1.0, 3.0]]); b1 = np.array([1.0, 0.0])
w2 = np.array([3.0, -1.0]); b2 = 0.5; y = 2.0
z = W1 @ x + b1; h = np.maximum(z, 0); yhat = w2 @ h + b2
dy = yhat - y; dh = dy * w2; dz = dh * (z > 0); dW1 = np.outer(dz, x)

zl = np.array([2.0, 1.0, 0.0]); p = np.exp(zl) / np.exp(zl).sum(); ce = -np.log(p[0])

theta, v = 2.0, 0.0
for _ in range(2):
    v = 0.9 * v + 2 * theta; theta = theta - 0.1 * v

conv_params = 16 * 3 * 5 * 5 + 16
H = (32 + 2 * 2 - 5) // 1 + 1; Hp = H // 2
choices = {"A": 16*3*25+16, "B": 64*20+20, "C": 16*16*9, "D": 100*12, "E": 2*16}
best = max(choices, key=choices.get)

computed = {
    "1a": h.tolist(), "1b": dW1.tolist(), "2a": p.tolist(), "2b": float(ce),
    "3a": theta, "3b": conv_params, "3c": [16, Hp, Hp], "3d": best,
}
for k, v_ in computed.items():
    print(k, v_)
print("(intermediates: z =", z.tolist(), " yhat =", yhat, " L =", 0.5*dy**2, " choices =", choices, ")")

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k, v_ in computed.items():
    e = key[k]
    if "answer" in e:
        tol = e.get("tolerance", 1e-9)
        good = np.allclose(np.array(v_, float), np.array(e["answer"], float), atol=tol, rtol=0)
    elif "shape" in e:
        good = list(e["shape"]) == list(v_)
    elif "choice" in e:
        good = e["choice"] == v_
    else:
        good = True
    if not good:
        ok = False; print("MISMATCH", k, v_, e)
print("key agrees" if ok else "KEY DISAGREES"); sys.exit(0 if ok else 1)
