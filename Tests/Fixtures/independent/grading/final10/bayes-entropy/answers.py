import numpy as np
prev, sens, fpr = 0.01, 0.95, 0.08
p_pos = sens*prev + fpr*(1-prev)
print("1a", p_pos)
print("1b", sens*prev/p_pos)
print("1c", prev*sens**2/(prev*sens**2 + (1-prev)*fpr**2))
H = lambda p: 0.0 if p in (0, 1) else -(p*np.log2(p) + (1-p)*np.log2(1-p))
h = H(6/16)
print("2a", h)
print("2b", h - (6/16*H(5/6) + 10/16*H(1/10)))
print("2c", 1 - (6/16)**2 - (10/16)**2, "= 15/32 ->", 15/32)
