import numpy as np
H = lambda ps: -sum(p*np.log2(p) for p in ps if p > 0)
root = H([0.6, 0.4]); print("1a", round(root, 6))
print("1b", round(root - 0.4*H([1.0]) - 0.6*H([1/3, 2/3]), 6))
print("1c", round(1 - 0.6**2 - 0.4**2, 6))
out = lambda n, k, s, p: (n + 2*p - k)//s + 1
h = out(32, 5, 1, 2); print("2a.i", f"16x{h}x{h}")
print("2a.ii", 16*3*5*5 + 16)
h2 = out(h//2, 3, 1, 0); print("2b", f"32x{h2}x{h2}")
i, hd = 10, 20
print("2c", 4*(hd*i + hd*hd + hd + hd))
