"""Computes every numeric answer of the key for mlp-softmax-md."""
import numpy as np

z = np.array([2.0, 1.0, 0.1])
p = np.exp(z) / np.exp(z).sum()
print("1a", np.round(p, 3), p)
print("1b", round(-np.log(p[1]), 3), -np.log(p[1]))
# 1c: check dL/dz = p - y numerically (finite differences) for the one-hot label of 1b
y = np.array([0, 1, 0.])
L = lambda z: -np.sum(y * np.log(np.exp(z) / np.exp(z).sum()))
num = np.array([(L(z + 1e-6 * e) - L(z - 1e-6 * e)) / 2e-6 for e in np.eye(3)])
print("1c", "p_k - y_k", np.allclose(num, p - y))

W1 = np.array([[1, 2], [3, -1], [0, 1]], float)
b1 = np.array([1, 0, 2], float)
w2 = np.array([2, -1, 4], float)
b2 = 0.5
x = np.array([1, -2], float)
a = W1 @ x + b1
h = np.maximum(a, 0)
y = w2 @ h + b2
grad = W1.T @ (w2 * (a > 0))
print("2a", h)
print("2b", y)
print("2c", grad)

w, v, beta, eta = 2.0, 0.0, 0.9, 0.1
for t in range(2):
    g = 2 * w
    v = beta * v + g
    w = w - eta * v
    print(f"3{'ab'[t]}", round(w, 10))

# 3c: Adam first step: m1=(1-b1)g, v1=(1-b2)g^2, mhat=g, vhat=g^2 -> step eta*g/|g| = eta
print("3c", "B")
