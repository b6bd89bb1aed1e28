#!/usr/bin/env python3
"""Computes every key value for crypto-ch4."""
from math import gcd

p, q, e, m = 11, 17, 7, 5
n = p * q
phi = (p - 1) * (q - 1)
d = pow(e, -1, phi)
c = pow(m, e, n)
P, g, a, b = 23, 5, 6, 15
A, B = pow(g, a, P), pow(g, b, P)
K = pow(B, a, P)
assert K == pow(A, b, P)
key = {
    "4.1a": gcd(252, 198),
    "4.1b": pow(17, -1, 43),
    "4.2a": phi,
    "4.2b.i": d,
    "4.2b.ii": c,
    "4.3a": A,
    "4.3b": K,
}
for k, v in key.items():
    print(k, v)
print("B =", B, "; look-alikes: 7^-1 mod 170 =", pow(7, -1, 170), "; A^a =", pow(A, a, P), "; B^b =", pow(B, b, P))
