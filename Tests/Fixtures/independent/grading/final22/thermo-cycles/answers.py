import numpy as np
R = 8.314
TH, TC, QH = 800.0, 300.0, 2000.0
eta = 1 - TC / TH
print("1a", eta)
print("1b", eta * QH)
print("1c", QH - eta * QH)
print("1d", TC / (TH - TC))
r, g = 8.0, 1.4
print("2a", round(1 - r ** (1 - g), 3), 1 - r ** (1 - g))
print("2b", round(300 * r ** (g - 1)), 300 * r ** (g - 1))
print("2c", "false")
print("3", round(2 * R * np.log(3), 1), 2 * R * np.log(3))
