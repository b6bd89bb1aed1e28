"""Key values for the pharmacokinetics problem set (problems.tex)."""
import math

# Q1 IV bolus: D=500 mg, V=50 L, CL=5 L/h
D, V, CL = 500.0, 50.0, 5.0
k = CL / V
print("1a", k)
print("1b", math.log(2) / k)
print("1c", D / V)
print("1d", D / V * math.exp(-k * 8))

# Q2 bioavailability: oral 400 mg AUC 60; IV 200 mg AUC 40 (mg*h/L)
CLiv = 200 / 40
F = (60 / 400) / (40 / 200)
print("2a", CLiv)
print("2b", F)
print("2c", 200 / F)
print("2d", "C  (F = 1 - E_H = 0.75)")

# Q3 infusion: CL=6 L/h, V=42 L, Css=15 mg/L
CL3, V3, Css = 6.0, 42.0, 15.0
k3 = CL3 / V3
print("3a", CL3 * Css)
print("3b", math.log(10) / k3)
print("3c", V3 * Css)
print("3d", "false")

# Q4 multiple dosing: 250 mg q12h IV bolus, V=35 L, t1/2 = 8 h
D4, tau, V4 = 250.0, 12.0, 35.0
k4 = math.log(2) / 8
R = 1 / (1 - math.exp(-k4 * tau))
cmax = D4 / V4 * R
print("4a", R)
print("4b", cmax)
print("4c", cmax * math.exp(-k4 * tau))
print("4d", D4 / (k4 * V4 * tau))

# Q5 renal / hepatic
CLr = 120 * 1.5 / 2          # mL/min
print("5a", CLr)
print("5b", CLr / 150)
print("5c", 0.3 / 1.5)
print("5d", "Q*fu*CLint/(Q + fu*CLint)")

# Q6 oral one-compartment: ka=1.2, k=0.2 /h, F=1, D=300 mg, V=30 L
ka, k6, D6, V6 = 1.2, 0.2, 300.0, 30.0
def C(t):
    return D6 * ka / (V6 * (ka - k6)) * (math.exp(-k6 * t) - math.exp(-ka * t))
tmax = math.log(ka / k6) / (ka - k6)
print("6a", tmax)
print("6b", C(tmax))
print("6c", D6 / (k6 * V6))
print("6d", [round(C(t), 4) for t in (1, 2, 4)])
