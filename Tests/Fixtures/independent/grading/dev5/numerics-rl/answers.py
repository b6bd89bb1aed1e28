"""Key values for numerics-rl (Exercises 4.1-4.4)."""
import numpy as np
f = lambda x: x**3 - 2*x - 5
df = lambda x: 3*x**2 - 2
x0 = 2.0
x1 = x0 - f(x0)/df(x0)
x2 = x1 - f(x1)/df(x1)
print("4.1a", x1)
print("4.1b", round(x2, 6), x2)
g = lambda x: 1/(1+x)
h = 0.5
T = h*(g(0)/2 + g(0.5) + g(1)/2)
S = h/3*(g(0) + 4*g(0.5) + g(1))
print("4.2a.i", round(T, 4), T)
print("4.2a.ii", round(S, 4), S)
# 4.3: V(A) = 1 + g V(B);  V(B) = g (0.5 V(A) + 0.5 V(B))
gam = 0.9
A = np.array([[1, -gam], [-gam*0.5, 1 - gam*0.5]]); b = np.array([1.0, 0.0])
V = np.linalg.solve(A, b)
print("4.3", round(V[0], 3), V)
q = 2 + 0.1*(1 + 0.9*3 - 2)
print("4.4a", round(q, 6))
print("4.4b", "B")  # SARSA is on-policy
