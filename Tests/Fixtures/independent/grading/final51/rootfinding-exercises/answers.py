#!/usr/bin/env python3
"""Compute every key value for the root-finding exercise sheet."""
from fractions import Fraction as F

def f(x): return x**3 - 2*x - 5
def fp(x): return 3*x**2 - 2

# 3.1(a) bisection on [2,3], three midpoints
a, b = F(2), F(3)
for _ in range(3):
    m = (a + b) / 2
    if f(a) * f(m) <= 0: b = m
    else: a = m
print("3.1a", [float(a), float(b)])

# 3.1(b) smallest n with (3-2)/2^n <= 1e-6
n = 0
while F(1, 2**n) > F(1, 10**6): n += 1
print("3.1b", n)

# 3.1(c) Newton from x0 = 2, x2 to 6 decimals
x = 2.0
for _ in range(2): x = x - f(x) / fp(x)
print("3.1c", round(x, 6), repr(x))

# 3.1(d) secant x0=2, x1=3
x0, x1 = F(2), F(3)
x2 = x1 - f(x1) * (x1 - x0) / (f(x1) - f(x0))
print("3.1d", x2, float(x2))

# 3.2(a) g(x) = (2x+5)^(1/3); g'(r) at the root, 3 s.f.
r = 2.0
for _ in range(50): r = r - f(r) / fp(r)
gp = (2/3) * (2*r + 5) ** (-2/3)
print("root", r)
print("3.2a", float(f"{gp:.3g}"), gp)
print("3.2b", "B" if 0 < abs(gp) < 1 else "?")

# 3.3 f(x) = (x-1)^2 (x+2)
h = lambda x: (x-1)**2 * (x+2)
hp = lambda x: 2*(x-1)*(x+2) + (x-1)**2
print("3.3a", "false")  # double root -> Newton is only linear (rate 1/2)
x1 = F(2) - 2 * h(F(2)) / hp(F(2))
print("3.3b", x1, float(x1))

# 3.4 reciprocal iteration x_{n+1} = x_n (2 - a x_n), a = 7, x0 = 0.1
a7 = F(7); x = F(1, 10)
for _ in range(2): x = x * (2 - a7 * x)
print("3.4", x, float(x))
