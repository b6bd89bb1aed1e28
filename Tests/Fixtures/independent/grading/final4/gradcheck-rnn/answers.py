#!/usr/bin/env python3
"""Compute every numeric key value for gradcheck-rnn."""
import numpy as np

f = lambda x: x**3 - 2 * x
h = 0.1
g_num = (f(1 + h) - f(1 - h)) / (2 * h)
g_ana = 3 * 1**2 - 2
print("4.1a", g_num)
rel = abs(g_num - g_ana) / (abs(g_num) + abs(g_ana))
print("4.1b", rel, float(f"{rel:.3g}"))

t = np.tanh(0.5)
print("4.2a.i", "1 - t^2")
print("4.2a.ii", 1 - t**2, round(1 - t**2, 3))
w, x, y = 0.5, 1.0, 1.0
yhat = np.tanh(w * x)
dLdw = (yhat - y) * (1 - yhat**2) * x
print("4.2b", dLdw, round(dLdw, 3))

W = np.array([[0.5, 1], [0, 0.5]])
U = np.array([1.0, 2.0])
hs = np.zeros(2)
for xt in [1, -1]:
    hs = W @ hs + U * xt
print("4.3a", hs.tolist())
I, H = 10, 20
rnn = H * I + H * H + 2 * H
print("4.3b", rnn)
print("4.3c", 4 * rnn)
try:
    import torch  # optional cross-check
    print("torch", sum(p.numel() for p in torch.nn.RNN(10, 20).parameters()),
          sum(p.numel() for p in torch.nn.LSTM(10, 20).parameters()))
except Exception:
    pass
