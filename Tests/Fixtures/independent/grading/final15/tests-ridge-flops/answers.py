import math
import numpy as np
n, k = 100, 60
z = (k - n*0.5)/math.sqrt(n*0.25)
p = math.erfc(abs(z)/math.sqrt(2))
print("1a", z)
print("1b", round(p, 4))
print("1c", "true" if p < 0.01 else "false")
x = np.array([1,2,3.]); y = np.array([2,3,5.])
print("2a.i", round(x@y/(x@x), 4))
print("2a.ii", round(x@y/(x@x + 2), 4))
print("2b", round(1.5 - 0.1*(0.4 + 0.01*1.5), 6))
print("3", 16*32*32*3*3*3)
