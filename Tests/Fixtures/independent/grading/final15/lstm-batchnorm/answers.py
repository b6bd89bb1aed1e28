import math
import numpy as np
sig = lambda z: 1/(1+math.exp(-z))
i, f, o, g = sig(0), sig(math.log(3)), sig(math.log(4)), math.tanh(math.log(2))
c = f*2 + i*g
print("4.1a", round(c, 10))
print("4.1b", round(o*math.tanh(c), 4))
H, I = 64, 32
print("4.1c", 4*(H*I + H*H + H + H))
print("4.2a", [8, 20, 64])
print("4.2b", [2, 8, 64])
x = np.array([1, 3, 5, 7], float)
v = x.var()
print("4.3a", v)
print("4.3b", round(2*(7 - x.mean())/math.sqrt(v) + 1, 4))
print("4.3c", round(0.9*1 + 0.1*x.var(ddof=1), 4))
