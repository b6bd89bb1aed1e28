import numpy as np
x = np.array([1, 2, 0, -1], dtype=float)
X = np.fft.fft(x)  # numpy uses exp(-j 2 pi k n / N), no normalisation
print("1a", X[0])
print("1b", X[1])
print("1c", X[2])
print("1d", np.sum(np.abs(X) ** 2))
fs, N = 1000, 8
print("2a", fs / N)
print("2b", int(375 / (fs / N)))
print("2c", "A")
xe = np.array([1.0, 2.0, 3.0, 2.0])  # sanity: real even sequence -> real DFT
assert np.allclose(np.fft.fft(xe).imag, 0)
a = np.array([1, 2, 3]); h = np.array([1, 0, 1])
y = [sum(h[m] * a[(n - m) % 3] for m in range(3)) for n in range(3)]
assert np.allclose(y, np.real(np.fft.ifft(np.fft.fft(a) * np.fft.fft(h))))
print("3", y)
