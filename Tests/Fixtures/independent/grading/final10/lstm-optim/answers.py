import numpy as np
I, H = 32, 64
print("1a", 4 * (H * I + H * H + 2 * H))
print("1b", (20, 8, H))
print("1c", 3 * (H * I + H * H + 2 * H))
grad = lambda w: np.array([2 * (w[0] - 3), 4 * w[1]])
w0, lr = np.array([0.0, 1.0]), 0.1
g0 = grad(w0); print("2a.i", g0)
w1 = w0 - lr * g0; print("2a.ii", w1)
v = np.zeros(2); w = w0.copy()
for _ in range(2):
    v = 0.9 * v + grad(w); w = w - lr * v
print("2b", w)
g = grad(w0); m = 0.1 * g / (1 - 0.9); s = 0.001 * g**2 / (1 - 0.999)
print("2c", w0 - lr * m / (np.sqrt(s) + 1e-8))
