#!/usr/bin/env python3
"""Compute every key value for the float-formats set (CS 2110 Worksheet 6)."""
import struct
import numpy as np

print("1a", "0x%08X" % struct.unpack(">I", struct.pack(">f", -6.25))[0])
print("1b", struct.unpack(">f", bytes.fromhex("3F400000"))[0])
eps = float(np.nextafter(np.float32(1), np.float32(2)) - np.float32(1))
assert eps == 2.0 ** -23
print("1c", eps, "= 2^-23")
sub = float(np.nextafter(np.float16(0), np.float16(1)))
assert sub == 2.0 ** -24
print("2a", sub, "= 2^-24")
print("2b", float(np.float16(2049)))
ok = all(float(np.float16(n)) == n for n in range(-2048, 2049))
print("2c", "true" if ok else "false", "(2049 ->", float(np.float16(2049)), ")")
opts = {"A": 0.1, "B": 1 / 3, "C": 16777217, "D": 0.375, "E": 1e-50}
exact = [k for k, v in opts.items() if float(np.float32(v)) == v]
print("3a", exact)
print("3b", int(np.float32(16777216) + np.float32(1)))
