"""Compute every numeric value of key.yaml and check the key agrees."""
import math, os, yaml

mA, mB = 2.5, 7.5
MA = mA - 5 * math.log10(25 / 10)
d = lambda m, M, A=0.0: 10 ** ((m - M - A + 5) / 5)
vals = {
    "5.1a": 10 ** (-0.4 * (mA - mB)),
    "5.1b.i": MA,
    "5.1b.ii": d(mB, MA),
    "5.2a": d(17.0, -3.0) / 1e3,
    "5.2b": d(17.0, -3.0, 0.5) / 1e3,
    "5.3": -2.5 * math.log10(10 ** (-0.4 * 3.0) + 10 ** (-0.4 * 4.0)),
}
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k, val in vals.items():
    e = key[k]
    good = abs(val - e["answer"]) <= e.get("tolerance", 1e-9)
    ok &= good
    print(f"{k}: computed {val:>14.6f}  key {e['answer']!r:>10}  {'OK' if good else 'MISMATCH'}")
# 5.2c: check the key expression numerically against d()
expr = key["5.2c"]["expression"]
for m, M, A in [(17.0, -3.0, 0.5), (7.5, 0.51, 0.0), (12.0, 1.0, 1.3)]:
    good = abs(eval(expr, {}, {"m": m, "M": M, "A": A}) - d(m, M, A)) < 1e-6
    ok &= good
print(f"5.2c: {expr}  {'OK' if ok else 'MISMATCH'}")
raise SystemExit(0 if ok else 1)
