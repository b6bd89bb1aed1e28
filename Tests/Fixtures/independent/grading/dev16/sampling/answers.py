import numpy as np
fs=1000; f0=700; a=abs(f0-round(f0/fs)*fs); print("4.1a", a)
print("4.1b", 2*max(700,450))
x=np.array([3,1,0,1]); X=np.fft.fft(x); print("4.2a", np.round(X.real,10).tolist(), "imag max", abs(X.imag).max())
print("4.2b", float(np.sum(abs(X)**2)), "N*sum|x|^2", 4*np.sum(x**2))
print("4.3a", 8000/256); print("4.3b", 1000/(8000/256))
print("4.4", 6.02*12+1.76, "exact", 20*np.log10(np.sqrt(1.5)*2**12))
