C, H, O = 12.011, 1.008, 15.999
M_acid = 2*C + 4*H + 2*O          # CH3COOH
M_etoh = 2*C + 6*H + O            # C2H5OH
M_ester = 4*C + 8*H + 2*O         # C4H8O2
n_acid, n_etoh = 12.0 / M_acid, 10.0 / M_etoh
print("4.1a", "A" if n_acid < n_etoh else "B")
y = min(n_acid, n_etoh) * M_ester
print("4.1b", y)                  # g
print("4.1c", 11.5 / y * 100)     # %
M_co2, M_h2o = C + 2*O, 2*H + O
mC = 0.3996 * C / M_co2
mH = 2 * 0.1636 / M_h2o * H
mO = 0.2000 - mC - mH
nC, nH, nO = mC / C, 2 * 0.1636 / M_h2o, mO / O
print("4.2a", mC * 1000)          # mg
small = min(nC, nH, nO)
ratio = [round(x / small, 2) for x in (nC, nH, nO)]
f = lambda el, n: el + ("" if n == 1 else str(n))
print("4.2b", "".join(f(e, round(x)) for e, x in zip("CHO", ratio)), ratio)
emp = 2*C + 4*H + O
mult = round(88 / emp)
print("4.2c", "".join(f(e, n) for e, n in zip("CHO", (2*mult, 4*mult, mult))))
M_cyc = 6*C + 10*H
print("4.3", 2.10 / M_cyc / 0.250 * 1000)   # mL
