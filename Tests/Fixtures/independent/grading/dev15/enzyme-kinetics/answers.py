Vmax, Km = 120.0, 15.0       # uM/min, uM
v5 = Vmax * 5 / (Km + 5)
s90 = 0.9 * Km / 0.1
slope = Km / Vmax
icpt = 1 / Vmax
Ki, I = 10.0, 20.0
Kapp = Km * (1 + I / Ki)
v_inh = Vmax * 15 / (Kapp + 15)
Et = 0.05                    # uM
kcat = Vmax / Et / 60        # s^-1
print(f"1a    v       = {v5:.4f} uM/min")
print(f"1b    [S]     = {s90:.4f} uM")
print(f"1c.i  slope   = {slope:.6f} min")
print(f"1c.ii 1/Vmax  = {icpt:.6f} min/uM (key {icpt:.5f})")
print(f"2a    Km_app  = Km*(1 + I/Ki) -> {Kapp} uM at I=20")
print(f"2b    v_inh   = {v_inh:.4f} uM/min")
print(f"3     kcat    = {kcat:.4f} s^-1")
