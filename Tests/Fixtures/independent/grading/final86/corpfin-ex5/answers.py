def af(r, n):
    return (1 - (1 + r) ** -n) / r

npv = lambda r: -10000 + 4000 * af(r, 3)
print("5.1a NPV@8% =", round(npv(0.08), 2))
lo, hi = 0.01, 0.5
for _ in range(200):
    mid = (lo + hi) / 2
    lo, hi = (mid, hi) if npv(mid) > 0 else (lo, mid)
irr = mid
print("5.1b IRR % =", round(irr * 100, 2))
print("5.1c accept at 12%:", "true" if npv(0.12) > 0 else "false")
print("5.2a payment =", round(25000 / af(0.06 / 12, 60), 2))
print("5.2b FV =", round(200 * ((1.05 ** 10 - 1) / 0.05), 2))
price = 60 * af(0.05, 5) + 1000 / 1.05 ** 5
print("5.3a price =", round(price, 2))
print("5.3b", "A (premium)" if price > 1000 else "B/C")
print("5.4 WACC % =", round(0.6 * 12 + 0.4 * 6 * (1 - 0.25), 2))
