import math
d1, d2 = 150-70, 90-30
lm_cf = (d1-d2)/math.log(d1/d2); print("4.1a", round(lm_cf, 2), lm_cf)
d1, d2 = 150-30, 90-70
lm_pf = (d1-d2)/math.log(d1/d2); print("4.1b", round(lm_pf, 2), lm_pf)
q = 2.0*2.0*(150-90); print("4.1c", q)
A = q*1000/(400*lm_cf); print("4.1d", round(A, 2), A)
NTU, Cr = 2000/1000, 0.5
eps = (1-math.exp(-NTU*(1-Cr)))/(1-Cr*math.exp(-NTU*(1-Cr))); print("4.2a", round(eps, 4), eps)
print("4.2b", round(eps*1000*(120-20)/1000, 2), eps*100)
print("4.3", "false")  # eps = 1 - exp(-NTU) for both when Cr = 0
