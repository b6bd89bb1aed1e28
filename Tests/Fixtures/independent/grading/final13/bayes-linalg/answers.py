import numpy as np
prev, sens, fpr = 0.02, 0.95, 0.08
p_pos = prev*sens + (1-prev)*fpr
print("1a", round(prev*sens/p_pos, 6))
print("1b", round(p_pos, 6))
num = prev*sens**2
print("1c", round(num/(num + (1-prev)*fpr**2), 6))
A = np.array([[4., 1.], [2., 3.]])
ev = sorted(np.linalg.eigvals(A).real, reverse=True)
print("2a", [round(float(x), 6) for x in ev])
print("2b", round(np.linalg.det(np.linalg.inv(A)), 6))
a = np.array([1., 2.]); b = np.array([3., 4.])
print("2c", [round(float(x), 6) for x in (a @ b)/(a @ a)*a])
print("2d", "true" if np.allclose(A, A.T) and np.all(np.linalg.eigvalsh(A) > 0) else "false")
M = np.array([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
print("2e", "ABCD"[[1, 2, 3, 0].index(np.linalg.matrix_rank(M))])
