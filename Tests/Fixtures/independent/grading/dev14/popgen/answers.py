from fractions import Fraction as Fr
AA, Aa, aa = 200, 200, 100; n = AA + Aa + aa
p = (2*AA + Aa) / (2*n); q = 1 - p
print("1a", p)
exp = [p*p*n, 2*p*q*n, q*q*n]; obs = [AA, Aa, aa]
chi = sum((o-e)**2/e for o, e in zip(obs, exp))
print("1b", round(chi, 2), chi)
F = 1 - Fr(Aa, n) / (2*Fr(3,5)*Fr(2,5))
print("1c", F, float(F))
wbar = p*p*1 + 2*p*q*1 + q*q*0.8
print("2a", round(wbar, 6))
print("2b", round((p*p + p*q)/wbar, 4), (p*p + p*q)/wbar)
Ne = 3/(1/100 + 1/400 + 1/25)
print("3a", round(Ne, 2), Ne)
H = 0.5*(1 - 1/(2*50))**10
print("3b", round(H, 3), H)
print("3c", "B")  # 1/(2N) = 1/100
