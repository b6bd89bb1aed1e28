#!/usr/bin/env python3
"""Computes every numeric key value of softmax-backprop-course and checks key.yaml agrees."""
import numpy as np, re, pathlib

z = np.array([2.0, 1.0, 0.0]); y = np.array([1.0, 0.0, 0.0])
p = np.exp(z) / np.exp(z).sum()
L = -np.log(p[0])
g = p - y
x, yy, zz = 2.0, -3.0, 3.0
a = x * yy; b = a + zz; f = b ** 2
dfdb = 2 * b; dfdx = dfdb * yy; dfdy = dfdb * x
params = 512 * 256 + 256
flops = 2 * 32 * 512 * 256
print("p =", p, "L =", L, "grad =", g)
print("f =", f, "df/dx =", dfdx, "df/dy =", dfdy, "params =", params, "flops =", flops)
vals = {"4.1a": list(np.round(p, 3)), "4.1b": round(L, 3), "4.1c": list(np.round(g, 3)),
        "4.2a": f, "4.2b.i": dfdx, "4.2b.ii": dfdy, "4.3a": params, "4.3b": flops}
key = pathlib.Path(__file__).with_name("key.yaml").read_text()
for k, v in vals.items():
    m = re.search(r'^\s*"%s":\s*\{\s*answer:\s*(\[[^\]]*\]|[-\d.e]+)' % re.escape(k), key, re.M)
    assert m, k
    kv = eval(m.group(1))
    assert np.allclose(np.array(kv, float), np.array(v, float), atol=1e-9), (k, kv, v)
    print(k, kv)
print("key agrees")
