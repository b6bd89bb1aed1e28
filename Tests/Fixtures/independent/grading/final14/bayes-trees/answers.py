"""Answer key computations for bayes-trees (CS 3780 Quiz 4)."""
from math import log2

def H(p):
    return 0.0 if p in (0, 1) else -(p * log2(p) + (1 - p) * log2(1 - p))

prev, sens, fpr = 0.02, 0.95, 0.08
p_pos = prev * sens + (1 - prev) * fpr
post1 = prev * sens / p_pos
post2 = prev * sens**2 / (prev * sens**2 + (1 - prev) * fpr**2)
print("1a P(+)          =", round(p_pos, 6))
print("1b P(D|+)        =", round(post1, 6), "->", round(post1, 3))
print("1c P(D|+,+)      =", round(post2, 6), "->", round(post2, 3))

h_root = H(10 / 16)
ig_a = h_root - (8 / 16 * H(7 / 8) + 8 / 16 * H(3 / 8))
ig_b = h_root - (4 / 16 * H(4 / 4) + 12 / 16 * H(6 / 12))
gini = 1 - ((10 / 16) ** 2 + (6 / 16) ** 2)
print("2a H(Y)          =", round(h_root, 6), "->", round(h_root, 3))
print("2b IG(A)         =", round(ig_a, 6), "->", round(ig_a, 3))
print("2c Gini root     =", gini, "= 15/32")
print("   IG(B)         =", round(ig_b, 6))
print("2d larger gain   =", "A" if ig_a > ig_b else ("B" if ig_b > ig_a else "C"))
print("3  IG can be negative? false (IG = mutual information >= 0)")
