from math import gcd
p, q, e, m = 11, 23, 3, 10
n = p * q
phi_n = (p - 1) * (q - 1)
vals = {
    "4.1a": pow(7, 222, 11),
    "4.1b": pow(17, -1, 43),
    "4.1c": sum(1 for k in range(1, 361) if gcd(k, 360) == 1),
    "4.2a": n,
    "4.2b": phi_n,
    "4.2c": pow(e, -1, phi_n),
    "4.2d": pow(m, e, n),
    "4.3": next(x for x in range(1, 106) if x % 3 == 2 and x % 5 == 3 and x % 7 == 2),
}
for k, v in vals.items():
    print(k, v)
