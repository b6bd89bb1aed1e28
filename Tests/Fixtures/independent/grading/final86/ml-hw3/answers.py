import math
import numpy as np
from fractions import Fraction

def H(p):
    return 0.0 if p in (0, 1) else -p * math.log2(p) - (1 - p) * math.log2(1 - p)

root = H(6 / 10)
print("1a H(root) =", round(root, 3))
print("1b IG(A) =", round(root - 0.4 * H(4 / 4) - 0.6 * H(2 / 6), 3))
c1 = np.mean([[1, 2], [3, 4], [2, 0]], axis=0)
c2 = np.mean([[8, 8], [10, 6]], axis=0)
print("2a centroids =", np.vstack([c1, c2]).tolist())
print("2b dist =", round(float(np.linalg.norm(np.array([5, 5]) - c1)), 3))
TP, FN, FP, TN = 40, 20, 10, 130
P, R = Fraction(TP, TP + FP), Fraction(TP, TP + FN)
print("3a.i precision =", float(P))
print("3a.ii recall =", R)
print("3b F1 =", round(float(2 * P * R / (P + R)), 3))
z = 0.5 * 2 + (-1.0) * 1 + 0.2
print("4 p =", round(1 / (1 + math.exp(-z)), 3))
