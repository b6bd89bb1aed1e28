import numpy as np
L, w, P, a = 6.0, 4.0, 18.0, 2.0
RA = (P*(L - a) + w*L*L/2) / L
RB = P + w*L - RA
print("1a.i", RA); print("1a.ii", RB)
x = np.linspace(0, L, 60001)
M = RA*x - w*x**2/2 - P*np.clip(x - a, 0, None)
print("1b", round(M.max(), 6), "at x =", x[M.argmax()])
F = np.array([-6.0, -8.0]); Lc = 3.0; EI = 2.0e4
H, V = -F
MA = -(Lc*F[1] - 0*F[0])          # reaction moment balances the load's moment about A
print("2a", [H, V, MA])
print("2b (mm)", round(abs(F[1])*Lc**3/(3*EI)*1000, 6))
k = 1/2*np.array([[4, 2], [2, 4]])
print("3a", k.tolist())
print("3b", "true" if abs(np.linalg.det(k)) < 1e-12 else "false")
