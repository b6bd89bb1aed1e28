import math
k, eps0, mu0 = 8.99e9, 8.854e-12, 4 * math.pi * 1e-7
q1, q2, d = 3.0e-6, -5.0e-6, 0.40
print("1a", k * abs(q1 * q2) / d**2)            # N
print("1b", "B")                                # attraction: q2 pulled toward origin, -x
r = math.sqrt(abs(q2) / abs(q1))                 # zero lies left of q1 (the smaller charge)
print("1c", -d / (r - 1))                        # m
C = eps0 * 2.0e-3 / 0.50e-3
print("2a", C * 1e12)                            # pF
print("2b", 0.5 * C * 12**2 * 1e9)               # nJ
print("2c", 4)                                   # V fixed: U = kappa C V^2 / 2
print("3a", mu0 * 20 / (2 * math.pi * 0.05) * 1e6)  # uT
print("3b", 100 * 0.010 * 0.50 / 0.20)           # V
