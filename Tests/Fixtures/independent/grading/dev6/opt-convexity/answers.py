"""Key values for opt-convexity. Prints `id value` lines."""
import numpy as np

A = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([1.0, -1.0])
x0 = np.zeros(2)
eta = 0.2
f = lambda x: 0.5 * x @ A @ x - b @ x
grad = lambda x: A @ x - b

x1 = x0 - eta * grad(x0)
print("1a", [round(float(v), 10) for v in x1])
print("1b", round(f(x1), 10))
xs = np.linalg.solve(A, b)
print("1c", [round(float(v), 10) for v in xs])
lam = np.linalg.eigvalsh(A)
print("1d", round(2 / lam.max(), 6))          # largest step for convergence, 3 d.p. asked
# 2a: x^3 is the only non-convex option -> C ; 2b: product of convex functions need not be convex -> false
# 2c: Hessian [[2, c], [c, 8]] PSD iff 16 - c^2 >= 0
print("2c", 4)
# 3: heavy ball on f(x) = 2x^2
x, v, eta, beta = 1.0, 0.0, 0.1, 0.9
for t in range(3):
    v = beta * v + 4 * x
    x = x - eta * v
print("3", round(x, 10))
