"""Compute every numeric value of key.yaml and check the key agrees."""
import math, os, yaml
import numpy as np

d, L, P, E, nu = 10e-3, 2.0, 15e3, 200e9, 0.30
A = math.pi * d**2 / 4
sigma = P / A
eps = sigma / E
vals = {}
vals["1a"] = sigma / 1e6                      # MPa
vals["1b"] = eps * L * 1e3                    # mm
vals["1c"] = -nu * eps * d * 1e6              # micrometres
sx, sy, txy = 80.0, -40.0, 45.0
S = np.array([[sx, txy], [txy, sy]])
ev = sorted(np.linalg.eigvalsh(S), reverse=True)
vals["2a"] = [float(round(v, 9)) for v in ev]
vals["2b"] = (ev[0] - ev[1]) / 2
vals["2c"] = math.degrees(math.atan2(2 * txy, sx - sy)) / 2
vals["3c"] = -70e9 * 23e-6 * 40 / 1e6

key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k, v in vals.items():
    entry = key[k]
    tol = entry.get("tolerance", 1e-9)
    if isinstance(v, list):
        good = all(abs(a - b) <= 1e-9 for a, b in zip(v, entry["answer"]))
    else:
        good = abs(v - entry["answer"]) <= tol
    ok &= good
    print(f"{k}: computed {v!r:>24}  key {entry['answer']!r:>12}  {'OK' if good else 'MISMATCH'}")
print("3a: C (Young's modulus is a material property); 3b: true (nu = 0.5 -> incompressible)")
raise SystemExit(0 if ok else 1)
