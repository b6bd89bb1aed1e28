import numpy as np
b, q, i = 10000, 0.02, 0.05
x = np.array([0, 1000, 5000]); p = np.array([0.7, 0.2, 0.1])
v = 1 / 1.10
vals = {
    "1a": b * q,
    "1b.i": round(b * q / (1 + i), 2),
    "1b.ii": b**2 * q * (1 - q),
    "2a": float(x @ p),
    "2b": float(np.maximum(x - 500, 0) @ p),
    "2c": float(np.minimum(np.maximum(x - 500, 0), 3000) @ p),
    "3": round(1000 * (0.1 * v + 0.9 * 0.2 * v**2), 2),
}
# 4: E[(X-d)+] = E[X] - E[min(X,d)] >= E[X] - d  -> true
for k, val in vals.items():
    print(k, float(val))
print("4", "true")
