#!/usr/bin/env python3
"""Compute every numeric key value for surveying-traverse and check key.yaml agrees."""
import math, os, yaml
from fractions import Fraction

here = os.path.dirname(os.path.abspath(__file__))
vals = {}
az = math.radians(60)
vals["1a"] = [round(1000 + 250 * math.sin(az), 2), round(2000 + 250 * math.cos(az), 2)]
vals["1b"] = (60 + 180) % 360
vals["1c"] = round(200 * math.cos(math.radians(6)), 2)
elev = 100.000 + 1.425 - 2.310 + 0.985 - 1.640
vals["2a"] = round(elev, 3)
bs, fs = 1.425 + 0.985, 2.310 + 1.640
vals["2b"] = "true" if abs((bs - fs) - (elev - 100.0)) < 1e-9 else "false"
mis = math.hypot(0.12, -0.09)
vals["3a"] = round(mis, 4)
vals["3b"] = str(Fraction(1, round(1500 / mis)))
vals["3c"] = "B"  # compass (Bowditch) rule
pts = [(0, 0), (120, 0), (150, 80), (30, 100)]
s = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))
vals["4"] = abs(s) / 2

key = yaml.safe_load(open(os.path.join(here, "key.yaml")))["parts"]
ok = True
for pid, v in vals.items():
    k = key[str(pid)]
    kv = k.get("answer", k.get("text", k.get("choice")))
    tol = k.get("tolerance", 1e-9)
    if isinstance(v, list):
        good = all(abs(a - b) <= tol for a, b in zip(v, kv))
    elif isinstance(v, str):
        good = str(kv).lower() == v.lower()
    else:
        good = abs(float(Fraction(str(kv))) - v) <= tol if isinstance(kv, str) else abs(kv - v) <= tol
    ok &= good
    print(f"{pid:>4}: computed {v!r:30} key {kv!r:30} {'OK' if good else 'MISMATCH'}")
print("ALL OK" if ok else "MISMATCH FOUND")
raise SystemExit(0 if ok else 1)
