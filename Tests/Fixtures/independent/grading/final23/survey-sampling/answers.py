import math
N=2000; n=100; ybar=152.4; s=40.0; z=1.96
print("4.1a", N*ybar)
se=math.sqrt((1-n/N)*s**2/n)
print("4.1b.i", round(se,3))
print("4.1b.ii", [round(ybar-z*se,2), round(ybar+z*se,2)])
n0=(z*s/5)**2
print("4.1c", math.ceil(n0/(1+n0/N)), "(n0 =", round(n0,2), ")")
N1,N2,S1,S2,nt=600,1400,20.0,50.0,100
print("4.2a.i", nt*N1//(N1+N2))
print("4.2a.ii", round(nt*N1*S1/(N1*S1+N2*S2)), "exact", nt*N1*S1/(N1*S1+N2*S2))
print("4.2b", (N1*80+N2*120)/(N1+N2))
