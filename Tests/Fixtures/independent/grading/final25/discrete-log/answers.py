import math
p, g = 23, 5
print("5.1a", pow(g, 6, p))
print("5.1b", [pow(g, x, p) for x in range(p - 1)].index(11))
print("5.1c", min(k for k in range(1, p) if pow(2, k, p) == 1))
a, b = 7, 15
A, B = pow(g, a, p), pow(g, b, p)
assert pow(B, a, p) == pow(A, b, p)
print("5.2a", A)
print("5.2b", pow(B, a, p), "B =", B)
print("5.3a", math.isqrt(999) + 1)  # ceil(sqrt(1000))
print("5.3b", "sqrt(n)")
print("5.4", "B")
