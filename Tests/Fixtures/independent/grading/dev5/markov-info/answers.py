"""Key values for markov-info (Problems 1-2)."""
import numpy as np

P = np.array([[0.5, 0.5, 0.0], [0.25, 0.5, 0.25], [0.0, 0.5, 0.5]])
w, v = np.linalg.eig(P.T)
pi = np.real(v[:, np.argmin(abs(w - 1))]); pi = pi / pi.sum()
print("1a", np.round(pi, 6).tolist())
P2 = P @ P
print("1b", P2[0, 2])
print("1c", 1 / pi[1])
def H(p):
    p = np.asarray([x for x in p if x > 0]); return float(-(p * np.log2(p)).sum())
print("1d", sum(pi[i] * H(P[i]) for i in range(3)))

J = np.array([[0.5, 0.25], [0.0, 0.25]])   # rows x=0,1 ; cols y=0,1
px, py = J.sum(1), J.sum(0)
HX = H(px); HXY = H(J.ravel()); HY = H(py)
print("2a", round(HX, 6))
print("2b", round(HXY - HX, 6))
print("2c", round(HX + HY - HXY, 6))
# 2d: D(p_X || uniform) = 1 - H(X) for a binary X, in bits
D = sum(p * np.log2(p / 0.5) for p in px if p > 0)
print("2d", "true" if abs(D - (1 - HX)) < 1e-12 else "false")
