#!/usr/bin/env python3
"""Key values for svm-kernels (Exercise Sheet 5: SVMs and Kernels)."""
import math
import numpy as np

w = np.array([2.0, -1.0])
b = -1.0
X = np.array([[1, 0], [0, 1], [1, 2], [2, 1], [0.5, -1]])
y = np.array([1, -1, 1, -1, 1])
f = X @ w + b
margins = y * f
hinge = np.maximum(0, 1 - margins)

x = np.array([1.0, 2.0])
z = np.array([3.0, -1.0])

KEY = {
    "5.1a": 2 / np.linalg.norm(w),                          # 2/sqrt(5) = 0.8944
    "5.1b": float(hinge.sum()),                              # 5
    "5.1c": float(0.5 * w @ w + 0.1 * hinge.sum()),          # 3.0
    "5.1d": [i + 1 for i in range(5) if math.isclose(margins[i], 1.0)],  # [1, 5]
    "5.2a.i": float((x @ z + 1) ** 2),                       # 4
    "5.2a.ii": math.comb(2 + 2, 2),                          # 6 monomials of degree <= 2 in 2 vars
    "5.2b": round(math.exp(-0.1 * float((x - z) @ (x - z))), 4),  # exp(-1.3) = 0.2725
    "5.3": "D",  # -||x-z||^2: Gram matrix of two distinct points [[0,-a],[-a,0]] has eigenvalue -a
}

# sanity check for 5.3 (D)
K = -np.array([[0.0, 13.0], [13.0, 0.0]])
assert np.linalg.eigvalsh(K).min() < 0

if __name__ == "__main__":
    print("f =", f, " y*f =", margins, " hinge =", hinge)
    for k, v in KEY.items():
        print(k, v)
