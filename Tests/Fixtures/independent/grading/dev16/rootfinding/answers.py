import math
f=lambda x:x**3-2*x-5; df=lambda x:3*x*x-2
a,b=2.0,3.0
for i in range(3):
    m=(a+b)/2
    if f(a)*f(m)<=0: b=m
    else: a=m
print("1a", m)
print("1b", math.ceil(math.log2(1/1e-6)))
x1=2-f(2)/df(2); print("2a", x1)
x2=x1-f(x1)/df(x1); print("2b", round(x2,6), x2)
print("2c", "C")
print("3a", 3-f(3)*(3-2)/(f(3)-f(2)), "= 35/17")
r=2.0945514815423265; g=lambda x:(2*x+5)**(1/3); gp=2/(3*(2*r+5)**(2/3)); print("3b", "true", "g'(r)=",gp)
x=2.0
for _ in range(40): x=g(x)
print("   fixed point", x)
# Newton on (x-1)^2: x_{k+1}=x_k-(x_k-1)/2 -> e_{k+1}/e_k=1/2
e=0.5; print("3c", (e-(e)/2)/e)
