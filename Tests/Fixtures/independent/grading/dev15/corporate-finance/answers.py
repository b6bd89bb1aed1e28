cf = [-1000, 300, 400, 500, 200]
r = 0.10
npv = lambda rate: sum(c / (1 + rate) ** t for t, c in enumerate(cf))
lo, hi = 0.0, 1.0
for _ in range(200):
    mid = (lo + hi) / 2
    if npv(mid) > 0: lo = mid
    else: hi = mid
irr = (lo + hi) / 2
cum = 0; payback = None
for t, c in enumerate(cf):
    if t and cum + c >= 0 and payback is None:
        payback = (t - 1) + (-cum) / c
    cum += c
pi = (npv(r) + 1000) / 1000
gp = 50 / (0.08 - 0.03)
bond = sum(60 / 1.07 ** t for t in range(1, 6)) + 1000 / 1.07 ** 5
wacc = 0.6 * 12 + 0.4 * 6 * (1 - 0.25)
print(f"4.1a NPV     = {npv(r):.4f}  (key {npv(r):.2f})")
print(f"4.1b IRR     = {irr*100:.6f} %  (key {irr*100:.2f})")
print(f"4.1c payback = {payback:.4f} years")
print(f"4.1d PI      = {pi:.6f}  (key {pi:.3f})")
print(f"4.2a PV      = {gp:.4f}")
print(f"4.2b bond    = {bond:.4f}  (key {bond:.2f})")
print("4.2c true")
print(f"4.3  WACC    = {wacc:.4f} %")
