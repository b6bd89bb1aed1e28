import math
F=96485.0; R=8.314; T=298.15
E0=0.34-(-0.76)
print("1a", round(E0,2))
dG=-2*F*E0/1000
print("1b", round(dG,1))
E=E0-(R*T/(2*F))*math.log(0.10/0.0010)
print("1c", round(E,3))
print("1d", "A")  # raising [Cu2+] lowers Q -> E increases
lnK=2*F*E0/(R*T)
print("2a", round(lnK/math.log(10),2))
print("2b", round((R*T/F)*math.log(1.0/0.010),3))
print("2c", "false")
Q=2.50*30.0*60
print("2d", round(Q/F/2*63.55,2))
