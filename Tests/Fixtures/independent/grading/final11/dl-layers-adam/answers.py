"""Key values for dl-layers-adam (CS 4780/DL homework 3)."""
import math

H = (64 + 2*2 - 5)//2 + 1
print("1a.i output shape = 16 x %d x %d" % (H, H))
print("1a.ii params =", 16*3*5*5 + 16)
print("1b depthwise-separable params (no bias) =", 3*5*5 + 3*16)

I, Hd = 32, 64
print("2 LSTM params (PyTorch, b_ih and b_hh) =", 4*(Hd*I + Hd*Hd + Hd + Hd), " [one bias:", 4*(Hd*I + Hd*Hd + Hd), "]")

th, lr, b1, b2, eps = 1.0, 0.1, 0.9, 0.999, 1e-8
m = v = 0.0
for t, g in enumerate([0.5, -0.2], start=1):
    m = b1*m + (1-b1)*g
    v = b2*v + (1-b2)*g*g
    mh, vh = m/(1-b1**t), v/(1-b2**t)
    th = th - lr*mh/(math.sqrt(vh) + eps)
    print("   Adam step", t, "theta =", th)
print("3 theta_2 =", th)

xb = [1., 2., 6., 7.]
mu = sum(xb)/4
var = sum((x-mu)**2 for x in xb)/4
y = 2*(6-mu)/math.sqrt(var) + 0.5
print("4 BN output for x=6 =", y, " (var", var, "); unbiased-variance variant:",
      2*(6-mu)/math.sqrt(sum((x-mu)**2 for x in xb)/3) + 0.5)
print("5 inverted dropout needs no test-time scaling -> false")

# --- agreement with key.yaml ---
import os, yaml
key = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "key.yaml")))["parts"]
assert key["1a.i"]["shape"] == [16, H, H]
assert key["1a.ii"]["answer"] == 16*3*5*5 + 16
assert key["1b"]["answer"] == 3*5*5 + 3*16
assert key["2"]["answer"] == 4*(Hd*I + Hd*Hd + Hd + Hd)
assert abs(key["3"]["answer"] - th) < 1e-6
assert abs(key["4"]["answer"] - y) < 1e-6
assert key["5"]["text"] == "false"
print("key.yaml agrees")
