"""Compute every numeric value of key.yaml and check the key agrees."""
import math, os, yaml

R, L, v, size = 100e6, 3000e3, 2e8, 1500 * 8
t_trans = size / R
t_prop = L / v
rtt = 2 * t_prop
vals = {
    "1a": t_trans * 1e6,
    "1b": t_prop * 1e3,
    "1c": R * rtt / 8,
    "2a": t_trans / (t_trans + rtt),
    "2b": math.ceil(round((t_trans + rtt) / t_trans, 9)),
    "3a": (1460 * 8 / 0.080) * math.sqrt(3 / (2 * 1e-4)) / 1e6,
}
factor = (1 / 2) * math.sqrt(1 / 4)   # 3b: RTT x2, p x4
key = yaml.safe_load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "key.yaml")))["parts"]
ok = True
for k, val in vals.items():
    e = key[k]
    good = abs(val - e["answer"]) <= e.get("tolerance", 1e-9)
    ok &= good
    print(f"{k}: computed {val:>14.6f}  key {e['answer']!r:>10}  {'OK' if good else 'MISMATCH'}")
good = abs(factor - 0.25) < 1e-12 and key["3b"]["choice"] == "B"
ok &= good
print(f"3b: factor {factor} -> option B  {'OK' if good else 'MISMATCH'}")
print("3c: false (propagation delay depends on distance and signal speed only)")
raise SystemExit(0 if ok else 1)
