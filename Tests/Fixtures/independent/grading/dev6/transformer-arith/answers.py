"""Key values for transformer-arith. Prints `id value` lines."""
import numpy as np

q = np.array([1, 0, 1, 2.0])
K = np.array([[2, 0, 0, 1], [0, 1, 1, 0], [1, 1, -1, 0.0]])
V = np.array([[1, 0], [0, 1], [1, 1.0]])
s = K @ q / np.sqrt(4)
print("1a", [round(float(v), 10) for v in s])
w = np.exp(s) / np.exp(s).sum()
print("1b", [round(float(v), 4) for v in w])
o = w @ V
print("1c", [round(float(v), 4) for v in o])
d, h, dff = 512, 8, 2048
mha = 4 * (d * d + d)
ffn = d * dff + dff + dff * d + d
ln = 2 * (2 * d)
print("2a", mha)
print("2b", ffn)
print("2c", mha + ffn + ln)
B, n = 32, 128
print("3a", [B, h, n, d // h])
# 3b: QK^T per head costs n*n*d_k multiply-adds -> (B)
