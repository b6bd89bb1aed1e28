import numpy as np
f1, f2 = 300, 1100
fs = 1600
alias = abs(f2 - fs * round(f2 / fs))
X = np.fft.fft([1, 2, 0, -1])
w = np.pi / 2
H = 0.5 + 0.5 * np.exp(-1j * w)
vals = {
    "1a": 2 * max(f1, f2),
    "1b": alias,
    "1c": round(abs(X[1]), 3),
    "1d": 8000 / 512,
    "2a": round(abs(H), 3),
    "2c": 1 / (1 - 0.8),
    "2d": round(0.8 ** 3, 6),
}
for k, v in vals.items():
    print(k, float(v))
