"""Answer key computations for lstm-optim (Exercises 3.1-3.3)."""
import numpy as np

def lstm_params(inp, hid):  # PyTorch: W_ih, W_hh, b_ih, b_hh for 4 gates
    return 4 * (hid * inp + hid * hid + hid + hid)

p1 = lstm_params(64, 128)
print("3.1a params 1 layer =", p1)
print("3.1b params 2 layers=", p1 + lstm_params(128, 128))
print("3.1c output shape   = (20, 8, 128)  # (L, N, H_out), batch_first=False")

grad = lambda w: np.array([2 * (w[0] - 1), 8 * w[1]])
w0 = np.array([3.0, 1.0]); lr = 0.1
print("3.2a SGD step       =", w0 - lr * grad(w0))
v = np.zeros(2); w = w0.copy()
for _ in range(2):
    v = 0.9 * v + grad(w)
    w = w - lr * v
print("3.2b momentum x2    =", np.round(w, 10))
g = grad(w0); m = 0.1 * g; s = 0.001 * g**2
mh = m / (1 - 0.9); sh = s / (1 - 0.999)
print("3.2c Adam step      =", np.round(w0 - 0.01 * mh / (np.sqrt(sh) + 1e-8), 6))
lam = 0.5
print("3.2d SGD + L2       =", w0 - lr * (grad(w0) + lam * w0))
print("3.3  d tanh / dx    = 1 - t**2")
