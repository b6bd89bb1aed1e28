import numpy as np
grad = lambda w: np.array([2*(w[0]-3), 4*(w[1]+1)])
w0 = np.zeros(2); eta = 0.1
g0 = grad(w0); print("3.1a", g0.tolist())
w1 = w0 - eta*g0; print("3.1b", np.round(w1, 6).tolist())
v1 = g0; w1m = w0 - eta*v1
v2 = 0.9*v1 + grad(w1m); w2 = w1m - eta*v2
print("3.1c", np.round(w2, 6).tolist())
x, y, w, b = 2.0, 1.0, -0.5, 1.0
z = w*x + b; s = 1/(1+np.exp(-z))
print("3.2a", round((s-y)**2, 6))
print("3.2b", round(2*(s-y)*s*(1-s)*x, 6))
print("3.2c", "1 - t^2")
g, lr, b1, b2 = 0.2, 0.01, 0.9, 0.999
m = (1-b1)*g; v = (1-b2)*g*g
mh = m/(1-b1); vh = v/(1-b2)
print("3.3a", round(1.0 - lr*mh/np.sqrt(vh), 6))
print("3.3b", "B" if abs(lr*mh/np.sqrt(vh) - lr) < 1e-12 else "?")
