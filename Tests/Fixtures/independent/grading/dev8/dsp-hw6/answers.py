"""Computes every key value of dsp-hw6 and checks key.yaml agrees."""
import os
import numpy as np
import yaml

x = np.array([1, 2, -1]); h = np.array([2, 0, 1])
a1 = np.convolve(x, h)
xp = np.pad(x, (0, 1)); hp = np.pad(h, (0, 1))
b1 = np.array([sum(xp[m] * hp[(n - m) % 4] for m in range(4)) for n in range(4)])
x2 = np.array([1, 2, 0, -1])
X = np.fft.fft(x2)
a2 = [X[1].real, X[1].imag]
b2 = float(np.sum(np.abs(X) ** 2))
f, fs = 7.0, 10.0
a3 = abs(f - fs * round(f / fs))
options = {"A": 12, "B": 15, "C": 13.5, "D": 20}
ok = {k: v for k, v in options.items() if v > 2 * 7}
b3 = min(ok, key=ok.get)
H = lambda w: 1 / (1 - 0.5 * np.exp(-1j * w))
a4 = abs(H(0)); b4 = abs(H(np.pi / 2)); c4 = "true"  # pole at 0.5, inside unit circle

vals = {"1a": a1.tolist(), "1b": b1.tolist(), "2a": a2, "2b": b2, "3a": a3, "3b": b3,
        "4a": a4, "4b": b4, "4c": c4}
for k, v in vals.items():
    print(k, v)

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
for k, v in vals.items():
    e = key[k]
    if "answer" in e:
        tol = e.get("tolerance", 1e-9)
        assert np.allclose(np.array(e["answer"], float), np.array(v, float), atol=tol, rtol=0), (k, e, v)
    elif "choice" in e:
        assert e["choice"] == v, (k, e, v)
    else:
        assert e["text"] == v, (k, e, v)
print("key OK")
