#!/usr/bin/env python3
"""Computes the numeric key of nav-geodesy and prints it (id: value)."""
import math

R = 6371.0
c = 299_792_458.0
lat1, lon1, lat2, lon2 = map(math.radians, (40.0, -74.0, 51.5, 0.0))
dlat, dlon = lat2 - lat1, lon2 - lon1
h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
sigma = 2 * math.asin(math.sqrt(h))
dist = R * sigma
brg = math.degrees(math.atan2(math.sin(dlon) * math.cos(lat2),
                              math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon))) % 360
print("1a:", round(math.degrees(sigma), 2))
print("1b:", round(dist))
print("1c:", round(brg, 1))
print("1d:", round(dist * 1000 / 1852))
print("2a:", round(1.0e-6 * c, 1))
print("2b:", round(20_200e3 / c * 1e3, 2))
print("2c:", round(38e-6 * c / 1e3, 1))
print("2d:", "true" if abs(math.cos(math.radians(60)) - 0.5) < 1e-12 else "false")
