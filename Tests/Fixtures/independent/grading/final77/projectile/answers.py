from math import sin, cos, radians, sqrt, atan, degrees, hypot
g = 9.81
v, th = 20.0, radians(35)
print("1a", 2 * v * sin(th) / g)
print("1b", (v * sin(th)) ** 2 / (2 * g))
print("1c", v * v * sin(2 * th) / g)
print("1d", hypot(v * cos(th), v * sin(th) - g * 1.0))
t = sqrt(2 * 45 / g)
print("2a", t)
print("2b", 12 * t)
print("2c", degrees(atan(g * t / 12)))
print("2d", "B")
