"""Answer key computations for pca-linalg (Week 6 problem page)."""
import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])
print("1a eigenvalues asc  =", np.round(np.sort(np.linalg.eigvals(A).real), 6))
print("1b det(A^3)         =", round(np.linalg.det(np.linalg.matrix_power(A, 3)), 6))
a = np.array([1.0, 1.0, 0.0]); b = np.array([2.0, 3.0, 1.0])
print("1c proj_a(b)        =", a * (a @ b) / (a @ a))

X = np.array([[2, 0], [0, 2], [-2, 0], [0, -2], [1, 1], [-1, -1]], dtype=float)
Xc = X - X.mean(axis=0)
C = Xc.T @ Xc / (len(X) - 1)
w, V = np.linalg.eigh(C)
v1 = V[:, np.argmax(w)]
v1 = v1 if v1[0] > 0 else -v1
print("2a covariance (n-1) =", C.tolist())
print("2b lambda_max       =", round(w.max(), 6))
print("2c explained ratio  =", round(w.max() / w.sum(), 6))
print("2d PC1 (x1>0)       =", np.round(v1, 6))
print("2e score of (2,0)   =", round(float(np.array([2.0, 0.0]) @ v1), 6))
