C, H, O, Br = 12.011, 1.008, 15.999, 79.904
M_acid = 2*C + 4*H + 2*O
M_etoh = 2*C + 6*H + O
M_ester = 4*C + 8*H + 2*O
n_acid = 12.0 / M_acid
n_etoh = 15.0 / M_etoh
print("1a", round(n_acid, 3))
print("1b", "A" if n_acid < n_etoh else "B")
yield_g = n_acid * M_ester
print("1c", round(yield_g, 1))
print("1d", round(13.2 / yield_g * 100, 1))
M_CO2 = C + 2*O
print("2a", round(0.5683 * C / M_CO2, 4))
# empirical formula from the data
mC = 0.5683 * C / M_CO2; mH = 0.2326 * 2*H / (2*H + O); mO = 0.2500 - mC - mH
nC, nH, nO = mC/C, mH/H, mO/O
r = min(nC, nH, nO)
emp = (round(nC/r), round(nH/r), round(nO/r))
Memp = emp[0]*C + emp[1]*H + emp[2]*O
k = round(116 / Memp)
print("2b", f"C{emp[0]*k}H{emp[1]*k}O{emp[2]*k}")
M_hex = 6*C + 10*H
m_Br2 = 5.00 / M_hex * 2*Br
print("3a", round(m_Br2 / 0.100, 1))
print("3b", "true" if M_hex + 2*Br > 240 else "false")
